package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Puts a backup back in place of a workspace. The workspace must not be open anywhere; whatever it holds now
 * is itself kept in {@code backups} first (as a consistent copy if it is readable, byte for byte if it is
 * damaged), so a restore never loses anything either.
 */
public final class BackupRestore {
    private BackupRestore() {
    }

    /** Restores {@code backup} over {@code workspace}; returns where the replaced file was kept, or null. */
    public static Path restore(Path workspace, Backup backup, Clock clock) {
        WorkspaceInspector.inspect(backup.file());
        WriterLock lock = WriterLock.acquire(Workspace.realPath(workspace));
        try {
            Path kept = Files.exists(workspace) ? keepCurrent(workspace, clock) : null;
            Path temp = workspace.resolveSibling(workspace.getFileName() + ".restoring");
            Files.copy(backup.file(), temp, StandardCopyOption.REPLACE_EXISTING);
            // A WAL left beside the old file would be replayed into the restored one: it goes aside first, and
            // comes back if the file cannot be replaced, so a failed restore loses no commit.
            Path wal = Path.of(workspace + "-wal");
            Path shm = Path.of(workspace + "-shm");
            Path walAside = Path.of(workspace + "-wal.before-restore");
            Path shmAside = Path.of(workspace + "-shm.before-restore");
            moveIfExists(wal, walAside);
            moveIfExists(shm, shmAside);
            try {
                Files.move(temp, workspace, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                moveIfExists(walAside, wal);
                moveIfExists(shmAside, shm);
                throw e;
            }
            Files.deleteIfExists(walAside);
            Files.deleteIfExists(shmAside);
            return kept;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, "The backup could not be restored ("
                    + e.getMessage() + "). The workspace is as it was before.", e);
        } finally {
            lock.close();
        }
    }

    private static void moveIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path keepCurrent(Path workspace, Clock clock) throws IOException {
        try {
            WorkspaceInspector.inspect(workspace);
            Path target = Backups.target(workspace, clock, "before-restore");
            try (Connection c = Database.openReadOnly(workspace)) {
                Backups.copyInto(c, target);
            }
            return target;
        } catch (StoreException | SQLException unreadable) {
            Path target = Backups.target(workspace, clock, "damaged");
            Files.copy(workspace, target);
            Path wal = Path.of(workspace + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, Path.of(target + "-wal"));
            }
            return target;
        }
    }
}
