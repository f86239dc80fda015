package org.triadcsr.app;

import org.triadcsr.app.cli.Cli;
import org.triadcsr.app.env.LogSetup;
import org.triadcsr.app.env.UserDataFolder;
import org.triadcsr.app.ui.analysis.AnalysisTabs;
import org.triadcsr.app.ui.DesktopClient;

/**
 * The single entry point of the {@code triad} program. Deliberately not a JavaFX {@code Application}: the
 * command line must run without the toolkit, and an {@code Application} main class cannot start from the
 * class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        UserDataFolder dataFolder = UserDataFolder.fromEnvironment();
        LogSetup.toFile(dataFolder);
        int code = Cli.run(args, new DesktopClient(dataFolder, AnalysisTabs::create), dataFolder);
        System.exit(code);
    }
}
