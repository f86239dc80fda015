package org.triadcsr.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks on the bytes of a file before SQLite sees it: SQLite itself would happily turn an empty file into a
 * new database, or report a cut-off file only when a missing page is first read.
 */
final class FileChecks {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private FileChecks() {
    }

    /** Throws a {@link StoreException} with the user's message if the file cannot be a workspace. */
    static void check(Path file) {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw unusable("file.missing", name, file.toAbsolutePath().getParent());
        }
        if (!Files.isRegularFile(file)) {
            throw unusable("file.folder", name);
        }
        byte[] header = new byte[HEADER];
        long size;
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(header, 0, HEADER);
        } catch (IOException e) {
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, e, "file.unreadable", name);
        }
        if (size == 0) {
            throw broken("file.empty", name);
        }
        if (read < HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw broken("file.notSqlite", name);
        }
        int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        pageSize = pageSize == 1 ? 65536 : pageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw damaged(name, new StoreText("damage.pageSize"));
        }
        long pagesInHeader = readInt(header, 28);
        boolean headerCountValid = readInt(header, 92) == readInt(header, 24) && pagesInHeader > 0;
        boolean hasWal = walSize(file) > 0;
        if (size % pageSize != 0 || (!hasWal && headerCountValid && size < pagesInHeader * pageSize)) {
            throw damaged(name, new StoreText("damage.cutOff", size));
        }
    }

    /** A WAL with frames in it may hold pages past the end of the main file, so its header count is not final. */
    private static long walSize(Path file) {
        try {
            Path wal = Path.of(file + "-wal");
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (IOException e) {
            return 1;
        }
    }

    /** The file's content is broken ({@code why} says how): nothing was changed, a backup can be restored. */
    static StoreException damaged(String name, StoreText why) {
        return broken("file.damaged", name, why);
    }

    private static StoreException unusable(String key, Object... args) {
        return StoreException.of(StoreException.Reason.UNUSABLE_FILE, key, args);
    }

    private static StoreException broken(String key, Object... args) {
        return StoreException.of(StoreException.Reason.DAMAGED, key, args);
    }

    private static long readInt(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
