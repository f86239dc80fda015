package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One writer per workspace file, whatever name reaches it (decision 0040). Two OS locks, both on small lock
 * files of their own and never on the database (SQLite's and the JDK's closes would silently drop a POSIX lock
 * on it), held while the workspace is open:
 * <ul>
 *   <li>{@code NAME.triad.lock} beside the file's real path (links and {@code ..} resolved): every machine that
 *   reaches the folder, through any share or mount of it, meets the same lock file;</li>
 *   <li>{@code IDENTITY.lock} in this computer's lock folder, named after the file's identity (device and inode):
 *   a hard link, a bind mount of the file or any other name of the same file meets this one.</li>
 * </ul>
 * The OS drops both when the process dies, so a crash never leaves the workspace locked. Lock files are left in
 * place: deleting one on close would let two later openers lock two different files. The holder writes what it
 * is (a window or a command) after the locked byte, so a refused opener can say which.
 */
final class WriterLock implements AutoCloseable {
    /**
     * The lock files this process holds. A POSIX lock belongs to the process and any close of any descriptor of
     * the file drops it, so a second opener in this process is refused from here and never opens (and closes)
     * the lock file itself.
     */
    private static final java.util.Map<Path, Workspace.Opener> HELD_HERE = new java.util.HashMap<>();
    private final Held beside;
    private final Held identity;

    private WriterLock(Held beside, Held identity) {
        this.beside = beside;
        this.identity = identity;
    }

    private record Held(Path file, FileChannel channel, FileLock lock) {
        void release() {
            synchronized (HELD_HERE) {
                HELD_HERE.remove(file);
            }
            try {
                lock.release();
            } catch (IOException e) {
                System.getLogger(WriterLock.class.getName()).log(System.Logger.Level.WARNING, "lock release failed", e);
            }
            closeQuietly(channel);
        }
    }

    static Path lockFile(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    /** This computer's folder of identity locks ({@code triad.lockFolder} overrides it, for tests). */
    static Path identityFolder() {
        String override = System.getProperty("triad.lockFolder");
        return override != null ? Path.of(override)
                : Path.of(System.getProperty("java.io.tmpdir"), "triad-locks-" + System.getProperty("user.name", "user"));
    }

    /** Locks the workspace at its real path {@code workspace} for {@code holder}; refused if anyone holds it. */
    static WriterLock acquire(Path workspace, Workspace.Opener holder) {
        Held beside = take(lockFile(workspace), workspace, holder, true);
        try {
            Held identity = Files.exists(workspace) ? take(identityLockFile(workspace), workspace, holder, false) : null;
            return new WriterLock(beside, identity);
        } catch (RuntimeException e) {
            beside.release();
            throw e;
        }
    }

    /** Adds the identity lock once a new workspace's file exists (it has no identity before). */
    WriterLock withIdentity(Path workspace, Workspace.Opener holder) {
        if (identity != null) {
            return this;
        }
        return new WriterLock(beside, take(identityLockFile(workspace), workspace, holder, false));
    }

    static Path identityLockFile(Path workspace) {
        String key;
        try {
            Object fileKey = Files.readAttributes(workspace, BasicFileAttributes.class).fileKey();
            key = fileKey != null ? fileKey.toString() : workspace.toRealPath().toString();
        } catch (IOException e) {
            key = workspace.toAbsolutePath().normalize().toString();
        }
        return identityFolder().resolve(sha256(key).substring(0, 32) + ".lock");
    }

    private static Held take(Path lockFile, Path workspace, Workspace.Opener holder, boolean besideTheFile) {
        String name = workspace.getFileName().toString();
        synchronized (HELD_HERE) {
            Workspace.Opener here = HELD_HERE.get(lockFile.toAbsolutePath());
            if (here != null) {
                throw alreadyOpen(here, name);
            }
            Held held = open(lockFile, name, holder, besideTheFile);
            HELD_HERE.put(lockFile.toAbsolutePath(), holder);
            return held;
        }
    }

    private static StoreException alreadyOpen(Workspace.Opener holder, String name) {
        return StoreException.of(StoreException.Reason.ALREADY_OPEN,
                holder == Workspace.Opener.COMMAND ? "lock.openInCommand" : "lock.openInWindow", name);
    }

    private static Held open(Path lockFile, String name, Workspace.Opener holder, boolean besideTheFile) {
        FileChannel channel;
        try {
            if (!besideTheFile) {
                Files.createDirectories(lockFile.getParent());
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, e,
                    besideTheFile ? "lock.folderReadOnly" : "lock.cannotLock", name);
        }
        FileLock lock;
        try {
            // Only the first byte is locked: on Windows a locked range cannot be read, and the holder is written after it.
            lock = channel.tryLock(0, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw StoreException.of(StoreException.Reason.FAILED, e, "lock.cannotLock", name);
        }
        if (lock == null) {
            Workspace.Opener other = holderIn(channel);
            closeQuietly(channel);
            throw alreadyOpen(other, name);
        }
        try {
            channel.truncate(1);
            channel.write(ByteBuffer.wrap((" " + holder.name()).getBytes(StandardCharsets.US_ASCII)), 1);
        } catch (IOException e) {
            System.getLogger(WriterLock.class.getName()).log(System.Logger.Level.DEBUG, "cannot note the holder", e);
        }
        return new Held(lockFile.toAbsolutePath(), channel, lock);
    }

    private static Workspace.Opener holderIn(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(16);
            channel.read(buffer, 1);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.equals(Workspace.Opener.COMMAND.name()) ? Workspace.Opener.COMMAND : Workspace.Opener.WINDOW;
        } catch (IOException e) {
            return Workspace.Opener.WINDOW;
        }
    }

    @Override
    public void close() {
        if (identity != null) {
            identity.release();
        }
        beside.release();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            System.getLogger(WriterLock.class.getName()).log(System.Logger.Level.WARNING, "lock close failed", e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
