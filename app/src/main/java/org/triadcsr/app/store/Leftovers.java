package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes what a crash or kill leaves behind: partial backups (whole copies that never became backups) and the
 * temporary copy of a restore that never finished. Only the writer of the workspace calls it, under its lock, so
 * nothing it removes is still being written.
 */
final class Leftovers {
    private Leftovers() {
    }

    static void sweep(Path workspace) {
        Backups.sweepPartials(workspace);
        Path folder = workspace.toAbsolutePath().getParent();
        Pattern restoring = Pattern.compile("\\.?" + Pattern.quote(workspace.getFileName().toString()) + "\\.restoring");
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> restoring.matcher(f.getFileName().toString()).matches()).forEach(Leftovers::delete);
        } catch (IOException e) {
            System.getLogger(Leftovers.class.getName()).log(System.Logger.Level.WARNING, "cannot list " + folder, e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(Leftovers.class.getName()).log(System.Logger.Level.WARNING, "cannot delete " + file, e);
        }
    }
}
