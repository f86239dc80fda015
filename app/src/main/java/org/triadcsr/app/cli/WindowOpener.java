package org.triadcsr.app.cli;

import java.nio.file.Path;

/**
 * Opens the desktop window. The command line knows only this interface, never the JavaFX client; the entry
 * point wires the two together.
 */
@FunctionalInterface
public interface WindowOpener {
    /**
     * Opens the main window on the workspace and blocks until it is closed.
     *
     * @param startupProbe close again right after the first frame is shown (for start-up benchmarks)
     * @return the process exit code
     */
    int open(Path workspace, boolean startupProbe);
}
