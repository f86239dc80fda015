package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs the open checks on a workspace through a read-only connection, so a file that fails any of them is
 * left byte for byte as it was: not SQLite, cut off, failing {@code integrity_check}, not a Triad file, or
 * written by a newer Triad.
 */
public final class WorkspaceInspector {
    private WorkspaceInspector() {
    }

    /** Every open check; the info on success, else a {@link StoreException} with the user's message. */
    public static WorkspaceInfo inspect(Path file) {
        FileChecks.check(file);
        String name = file.getFileName().toString();
        try (Connection c = Database.openReadOnly(file)) {
            int version = schemaVersion(c, name);
            List<String> problems = Sql.list(c, "PRAGMA integrity_check(20)", rs -> rs.getString(1));
            if (!problems.equals(List.of("ok"))) {
                throw FileChecks.damaged(name, "SQLite's integrity check found " + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + " (first: " + problems.get(0) + ")",
                        "SQLite phát hiện " + problems.size() + " lỗi khi kiểm tra tính toàn vẹn (lỗi đầu tiên: "
                        + problems.get(0) + ")");
            }
            long companies = version == 0 ? 0 : Sql.count(c, "SELECT count(*) FROM company");
            long assessments = version == 0 ? 0 : Sql.count(c, "SELECT count(*) FROM assessment");
            long answers = version == 0 ? 0 : Sql.count(c, "SELECT count(*) FROM answer");
            return new WorkspaceInfo(file, version, companies, assessments, answers, "ok", Files.size(file));
        } catch (SQLException e) {
            if (isCorruption(e)) {
                throw FileChecks.damaged(name, "SQLite cannot read it (" + firstLine(e.getMessage()) + ")",
                        "SQLite không đọc được tệp (" + firstLine(e.getMessage()) + ")");
            }
            // Busy, locked, no permission, a read-only folder: the file may be fine, so no restore is suggested.
            throw new StoreException(StoreException.Reason.UNUSABLE_FILE, "The workspace " + name + " cannot be read now ("
                    + firstLine(e.getMessage()) + "). Check that you may read and write it and its folder. It has not been"
                    + " changed.", "Hiện không đọc được tệp dữ liệu " + name + " (" + firstLine(e.getMessage()) + "). Hãy"
                    + " kiểm tra quyền đọc, ghi tệp và thư mục chứa tệp. Tệp không bị thay đổi.", e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, "The workspace " + name + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static int schemaVersion(Connection c, String name) throws SQLException {
        int version = Migrations.version(c);
        long appId = Sql.count(c, "PRAGMA application_id");
        long tables = Sql.count(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
        if (appId != Database.APPLICATION_ID && (appId != 0 || version != 0 || tables > 0)) {
            throw new StoreException(StoreException.Reason.UNUSABLE_FILE, "The file " + name + " is a SQLite database"
                    + " of another program, not a Triad workspace. It has not been changed.", "Tệp " + name + " là cơ sở"
                    + " dữ liệu SQLite của một chương trình khác, không phải tệp dữ liệu Triad. Tệp không bị thay đổi.",
                    null);
        }
        if (version > Migrations.LATEST) {
            throw new StoreException(StoreException.Reason.UNUSABLE_FILE, "The workspace " + name + " was saved by a"
                    + " newer version of Triad (schema " + version + "; this version knows up to schema "
                    + Migrations.LATEST + "). Update Triad to open it. It has not been changed.", "Tệp dữ liệu " + name
                    + " được lưu bởi một phiên bản Triad mới hơn (lược đồ " + version + "; phiên bản này chỉ đọc được"
                    + " đến lược đồ " + Migrations.LATEST + "). Hãy cập nhật Triad để mở tệp. Tệp không bị thay đổi.",
                    null);
        }
        return version;
    }

    /** Only these SQLite results mean the bytes are broken. */
    private static boolean isCorruption(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException sqlite) {
            org.sqlite.SQLiteErrorCode code = sqlite.getResultCode();
            return code == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB || code.name().contains("CORRUPT");
        }
        return false;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
