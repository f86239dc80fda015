package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The workspace's one connection, used by one thread at a time. Every write is its own transaction
 * ({@code BEGIN IMMEDIATE} … {@code COMMIT}): when {@link #write} returns, the edit is on disk (autosave).
 * SQL errors become {@link StoreException}s that say what the user was doing.
 */
final class Transactions {
    private final Connection connection;

    Transactions(Connection connection) {
        this.connection = connection;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    synchronized <T> T read(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    synchronized <T> T write(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                connection.setAutoCommit(true);
                checkpoint();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /**
     * Copies the committed pages from the WAL into the file itself (PASSIVE: it never waits for a reader), so
     * that a copy of the {@code .triad} file alone, taken while Triad is open, holds every saved edit. Its
     * failure loses nothing (the edit is committed in the WAL), so it is only logged.
     */
    private void checkpoint() {
        try {
            Sql.list(connection, "PRAGMA wal_checkpoint(PASSIVE)", rs -> rs.getInt(1));
        } catch (SQLException e) {
            System.getLogger(Transactions.class.getName()).log(System.Logger.Level.WARNING, "checkpoint failed", e);
        }
    }

    Connection connection() {
        return connection;
    }

    static StoreException translate(String what, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("TRIAD_FROZEN")) {
            return new StoreException(StoreException.Reason.REFUSED, "Cannot " + what + ": the assessment is final, so"
                    + " its answers and evidence can no longer change. Start a follow-up assessment instead.",
                    "Bản đánh giá đã hoàn tất nên câu trả lời và bằng chứng không thể thay đổi nữa. Hãy tạo bản đánh giá"
                    + " tiếp theo.", e);
        }
        if (message.contains("FOREIGN KEY")) {
            return new StoreException(StoreException.Reason.NOT_FOUND, "Cannot " + what + ": it refers to a company or"
                    + " assessment that is not in this workspace.", "Không thực hiện được: dữ liệu này gắn với một doanh"
                    + " nghiệp hoặc bản đánh giá không có trong tệp dữ liệu.", e);
        }
        if (message.contains("SQLITE_FULL")) {
            return new StoreException(StoreException.Reason.FAILED, "Cannot " + what + ": the disk is full. Free some"
                    + " space; nothing was saved by this step, everything before it is safe.", "Không lưu được: ổ đĩa đã"
                    + " đầy. Hãy giải phóng dung lượng; bước này chưa được lưu, mọi dữ liệu trước đó vẫn an toàn.", e);
        }
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException(StoreException.Reason.FAILED, "Cannot " + what + ": the workspace file has become"
                    + " read-only. Copy it to a writable folder.", "Không lưu được: tệp dữ liệu đã chuyển sang chế độ chỉ"
                    + " đọc. Hãy sao chép tệp sang một thư mục có quyền ghi.", e);
        }
        return new StoreException(StoreException.Reason.FAILED, "Cannot " + what + " ("
                + WorkspaceInspector.firstLine(message) + "). Nothing was saved by this step.", "Không thực hiện được ("
                + WorkspaceInspector.firstLine(message) + "). Bước này chưa được lưu.", e);
    }
}
