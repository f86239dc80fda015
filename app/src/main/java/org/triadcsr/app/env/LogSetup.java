package org.triadcsr.app.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Triad logs through {@link System.Logger}; this routes it (via java.util.logging, the JDK's default backend)
 * to a rotating file in the user data folder and keeps the console quiet, so the command line prints only
 * what its commands print.
 */
public final class LogSetup {
    private LogSetup() {
    }

    /** Returns the log file pattern in use, or null when the folder could not be created (logging then stays off). */
    public static Path toFile(UserDataFolder folder) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder.logFolder());
            Path pattern = folder.logFolder().resolve("triad.%g.log");
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            Handler file = new FileHandler(pattern.toString(), 2_000_000, 3, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
            return pattern;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
