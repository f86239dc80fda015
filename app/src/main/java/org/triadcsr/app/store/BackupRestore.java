package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Puts a backup back in place of a workspace. The workspace must not be open anywhere, under any of its names
 * (the same writer lock as an open, decision 0040); whatever it holds now is itself kept in {@code backups}
 * first (as a consistent copy if it is readable, byte for byte if it is damaged), so a restore never loses
 * anything either. The backup is first copied to a hidden {@code .NAME.restoring} file beside the workspace,
 * which is removed if the restore fails and swept by the next open or restore if the process was killed.
 */
public final class BackupRestore {
    private BackupRestore() {
    }

    /** Restores {@code backup} over {@code workspace}; returns where the replaced file was kept, or null. */
    public static Path restore(Path workspace, Backup backup, Clock clock) {
        return restore(workspace, backup, clock, Workspace.Opener.WINDOW);
    }

    /** The same, by {@code opener} (a command passes {@link Workspace.Opener#COMMAND}). */
    public static Path restore(Path workspace, Backup backup, Clock clock, Workspace.Opener opener) {
        Path target = Workspace.realPath(workspace);
        String name = target.getFileName().toString();
        if (Files.isDirectory(target)) {
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, "file.folder", name);
        }
        WorkspaceInspector.inspect(backup.file());
        if (Places.isReadOnly(target)) {
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, "restore.readOnly", name);
        }
        WriterLock lock = WriterLock.acquire(target, opener);
        Path temp = target.resolveSibling("." + name + ".restoring");
        try {
            if (Files.exists(target)) {
                Places.refuseManyNames(target);
            }
            Leftovers.sweep(target);
            Path kept = Files.exists(target) ? keepCurrent(target, clock) : null;
            Files.copy(backup.file(), temp, StandardCopyOption.REPLACE_EXISTING);
            // A WAL left beside the old file would be replayed into the restored one: it goes aside first, and
            // comes back if the file cannot be replaced, so a failed restore loses no commit.
            Path wal = Path.of(target + "-wal");
            Path shm = Path.of(target + "-shm");
            Path walAside = Path.of(target + "-wal.before-restore");
            Path shmAside = Path.of(target + "-shm.before-restore");
            moveIfExists(wal, walAside);
            moveIfExists(shm, shmAside);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                moveIfExists(walAside, wal);
                moveIfExists(shmAside, shm);
                throw e;
            }
            Files.deleteIfExists(walAside);
            Files.deleteIfExists(shmAside);
            return kept;
        } catch (IOException e) {
            throw StoreException.of(StoreException.Reason.FAILED, e, "restore.failed", name);
        } finally {
            Leftovers.delete(temp);
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
            try (Connection c = Database.openReadOnly(workspace)) {
                // A file whose final assessments fail their fingerprints is kept among the damaged copies, so it
                // never pushes a good backup out.
                Fingerprints.checkAll(c, workspace.getFileName().toString());
                Path target = Backups.target(workspace, clock, "before-restore");
                Backups.copyInto(c, target);
                return target;
            }
        } catch (StoreException | SQLException unreadable) {
            Path target = Backups.target(workspace, clock, Backups.DAMAGED);
            Files.copy(workspace, target);
            Path wal = Path.of(workspace + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, Path.of(target + "-wal"));
            }
            return target;
        }
    }
}
