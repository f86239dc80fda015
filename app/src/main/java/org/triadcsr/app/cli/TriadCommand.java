package org.triadcsr.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triadcsr.app.env.UserDataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Option;

/** {@code triad}: with no subcommand, opens the window; subcommands work without starting JavaFX. */
@Command(name = "triad", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = {"Offline triple-bottom-line CSR self-assessment for SMEs.",
            "With no command, opens the Triad window on the workspace."},
        subcommands = {ScoreCommand.class, PacksCommand.class, WorkspaceCommand.class, AssessmentCommand.class,
            CompanyCommand.class, ReportCommand.class, VerifyCommand.class, ProgressCommand.class})
public final class TriadCommand implements Callable<Integer> {
    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace file the window opens (default: workspace.triad in your user data folder).")
    Path workspace;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the window: en or vi (default: the computer's language, else English).")
    String language;

    @Option(names = "--startup-probe", hidden = true,
            description = "Close the window after its first frame (start-up benchmark).")
    boolean startupProbe;

    private final WindowOpener opener;
    private final UserDataFolder dataFolder;

    TriadCommand(WindowOpener opener, UserDataFolder dataFolder) {
        this.opener = opener;
        this.dataFolder = dataFolder;
    }

    /** The workspace the window opens when none is given. */
    Path defaultWorkspace() {
        return dataFolder.defaultWorkspace();
    }

    @Override
    public Integer call() {
        Path target = workspace != null ? workspace : dataFolder.defaultWorkspace();
        Locale locale = language != null ? Locale.forLanguageTag(language) : Locale.getDefault();
        return opener.open(new WindowOpener.Request(target.toAbsolutePath(), locale, startupProbe));
    }
}
