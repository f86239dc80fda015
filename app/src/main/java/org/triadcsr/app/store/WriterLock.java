package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per workspace: an OS lock on {@code NAME.triad.lock} beside the file, held while the workspace is
 * open (decision 0007). The OS drops the lock when the process dies, so a crash never leaves the workspace
 * locked. The lock file itself is left in place: deleting it on close would let two later openers lock two
 * different files.
 */
final class WriterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    static WriterLock acquire(Path workspace) {
        String name = workspace.getFileName().toString();
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile(workspace), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.UNUSABLE_FILE, "The workspace " + name + " cannot be opened"
                    + " for writing: its folder is read-only or missing (" + e.getMessage() + ").", "Không thể mở tệp dữ"
                    + " liệu " + name + " để ghi: thư mục chứa tệp chỉ cho phép đọc hoặc không tồn tại ("
                    + e.getMessage() + ").", e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Reason.FAILED, "The workspace " + name + " cannot be locked for"
                    + " writing (" + e.getMessage() + ").", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Reason.ALREADY_OPEN, "The workspace " + name + " is already open"
                    + " in another Triad window. Close it there first, or open a different workspace.", "Tệp dữ liệu "
                    + name + " đang được mở trong một cửa sổ Triad khác. Hãy đóng nó ở đó trước, hoặc mở một tệp dữ liệu"
                    + " khác.", null);
        }
        return new WriterLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            System.getLogger(WriterLock.class.getName()).log(System.Logger.Level.WARNING, "lock release failed", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            System.getLogger(WriterLock.class.getName()).log(System.Logger.Level.WARNING, "lock close failed", e);
        }
    }
}
