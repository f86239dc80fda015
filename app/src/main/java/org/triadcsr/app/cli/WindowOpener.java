package org.triadcsr.app.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the desktop window. The command line knows only this interface, never the JavaFX client; the entry
 * point wires the two together.
 */
@FunctionalInterface
public interface WindowOpener {
    /**
     * What the window opens on.
     *
     * @param language the UI language ({@code en} or {@code vi})
     * @param startupProbe close again right after the first frame is shown (for start-up benchmarks)
     * @param workspaceNamed the user named the file with {@code --workspace} (the window asks before creating it)
     * @param languageNamed the user chose the language with {@code --lang} (else the remembered one applies)
     */
    record Request(Path workspace, Locale language, boolean startupProbe, boolean workspaceNamed,
                   boolean languageNamed) {
        public Request(Path workspace, Locale language, boolean startupProbe) {
            this(workspace, language, startupProbe, false, false);
        }
    }

    /** Opens the main window and blocks until it is closed; returns the process exit code. */
    int open(Request request);
}
