package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Where a workspace lies: can anything be saved there, and has the file one name only. */
final class Places {
    private Places() {
    }

    /**
     * True if changes cannot be saved beside the file: the file or its folder is read-only. Judged by the
     * permissions themselves, not only by what this user may do (an administrator may write anywhere, but
     * should not change a folder marked read-only), and by whether the folder takes a new file at all.
     */
    static boolean isReadOnly(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return readOnlyByPermissions(file) || readOnlyByPermissions(folder) || !Files.isWritable(folder);
    }

    private static boolean readOnlyByPermissions(Path path) {
        try {
            if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
                return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                        && !p.contains(PosixFilePermission.OTHERS_WRITE) || !Files.isWritable(path);
            }
            if (Files.isRegularFile(path)) {
                return Files.readAttributes(path, DosFileAttributes.class).isReadOnly() || !Files.isWritable(path);
            }
            return !Files.isWritable(path);
        } catch (IOException | UnsupportedOperationException e) {
            return !Files.isWritable(path);
        }
    }

    /** A file of 0 bytes: one the user made to be a new workspace, never a workspace itself. */
    static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses a workspace with more than one name (hard links) for changes: SQLite keeps its journal beside the
     * name it was opened by, so a crash under one name followed by work under another would later replay old
     * pages over new ones (decision 0040).
     */
    static void refuseManyNames(Path file) {
        int links = links(file);
        if (links > 1) {
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, "lock.manyNames", file.getFileName(), links);
        }
    }

    private static int links(Path file) {
        try {
            Object n = Files.getAttribute(file, "unix:nlink");
            return n instanceof Number number ? number.intValue() : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
