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
     */
    record Request(Path workspace, Locale language, boolean startupProbe) {
    }

    /** Opens the main window and blocks until it is closed; returns the process exit code. */
    int open(Request request);
}
