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
            throw unusable("The workspace " + name + " does not exist (looked in " + file.toAbsolutePath().getParent()
                    + "). Create one with 'triad workspace create " + name + "' or choose another file.",
                    "Không tìm thấy tệp dữ liệu " + name + " (đã tìm trong " + file.toAbsolutePath().getParent()
                    + "). Hãy tạo tệp mới bằng 'triad workspace create " + name + "' hoặc chọn tệp khác.");
        }
        if (!Files.isRegularFile(file)) {
            throw unusable("The workspace " + name + " is a folder, not a file. Choose the .triad file inside it.",
                    "Tệp dữ liệu " + name + " là một thư mục, không phải tệp. Hãy chọn tệp .triad bên trong.");
        }
        byte[] header = new byte[HEADER];
        long size;
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(header, 0, HEADER);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.UNUSABLE_FILE, "The workspace " + name
                    + " cannot be read (" + e.getMessage() + "). Check that the disk is attached and you may read"
                    + " the file.", "Không đọc được tệp dữ liệu " + name + " (" + e.getMessage() + "). Hãy kiểm tra ổ"
                    + " đĩa đã được kết nối và bạn có quyền đọc tệp.", e);
        }
        if (size == 0) {
            throw broken("The workspace " + name + " is empty (0 bytes): it was never saved or it was cut off"
                    + " when copied. It has not been changed.", "Tệp dữ liệu " + name + " bị rỗng (0 byte): tệp chưa"
                    + " từng được lưu hoặc bị cắt ngang khi sao chép. Tệp không bị thay đổi.");
        }
        if (read < HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw broken("The file " + name + " is not a Triad workspace (it is not a SQLite database). It has"
                    + " not been changed.", "Tệp " + name + " không phải là tệp dữ liệu Triad (không phải cơ sở dữ liệu"
                    + " SQLite). Tệp không bị thay đổi.");
        }
        int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        pageSize = pageSize == 1 ? 65536 : pageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw damaged(name, "its header names an impossible page size",
                    "phần đầu tệp ghi một kích thước trang không hợp lệ");
        }
        long pagesInHeader = readInt(header, 28);
        boolean headerCountValid = readInt(header, 92) == readInt(header, 24) && pagesInHeader > 0;
        boolean hasWal = walSize(file) > 0;
        if (size % pageSize != 0 || (!hasWal && headerCountValid && size < pagesInHeader * pageSize)) {
            throw damaged(name, "it is shorter than its header says (" + size + " bytes); it was probably cut off"
                    + " while being copied", "tệp ngắn hơn so với phần đầu tệp ghi (" + size + " byte); có thể tệp đã"
                    + " bị cắt ngang khi sao chép");
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

    static StoreException damaged(String name, String why, String vi) {
        return broken("The workspace " + name + " is damaged: " + why + ". It has not been changed. Restore a"
                + " backup with 'triad workspace restore --workspace " + name + "'.",
                "Tệp dữ liệu " + name + " bị hỏng: " + vi + ". Tệp không bị thay đổi. Hãy khôi phục một bản sao lưu"
                + " bằng 'triad workspace restore --workspace " + name + "'.");
    }

    private static StoreException unusable(String message, String vi) {
        return new StoreException(StoreException.Reason.UNUSABLE_FILE, message, vi, null);
    }

    private static StoreException broken(String message, String vi) {
        return new StoreException(StoreException.Reason.DAMAGED, message, vi, null);
    }

    private static long readInt(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
