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
    private static final System.Logger LOG = System.getLogger(WorkspaceInspector.class.getName());
    private WorkspaceInspector() {
    }

    /** Every open check; the info on success, else a {@link StoreException} with the user's message. */
    public static WorkspaceInfo inspect(Path file) {
        return inspect(file, Places.isReadOnly(file.toAbsolutePath()));
    }

    /** The open checks of a workspace in a read-only place: the same, without creating any file beside it. */
    static WorkspaceInfo inspectInPlace(Path file) {
        return inspect(file, true);
    }

    private static WorkspaceInfo inspect(Path file, boolean readOnlyPlace) {
        FileChecks.check(file);
        String name = file.getFileName().toString();
        try (Connection c = Database.openReadOnly(file, readOnlyPlace)) {
            int version = schemaVersion(c, name);
            List<String> problems = Sql.list(c, "PRAGMA integrity_check(20)", rs -> rs.getString(1));
            if (!problems.equals(List.of("ok"))) {
                LOG.log(System.Logger.Level.WARNING, "integrity_check of " + file + ": " + problems);
                throw FileChecks.damaged(name, new StoreText("damage.integrity", problems.size()));
            }
            long companies = Sql.count(c, "SELECT count(*) FROM company");
            long assessments = Sql.count(c, "SELECT count(*) FROM assessment");
            long answers = Sql.count(c, "SELECT count(*) FROM answer");
            return new WorkspaceInfo(file, version, companies, assessments, answers, "ok", Files.size(file));
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot inspect " + file, e);
            if (isCorruption(e)) {
                throw FileChecks.damaged(name, new StoreText("damage.unreadable"));
            }
            // Busy, locked, no permission, a read-only folder: the file may be fine, so no restore is suggested.
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, e, "inspect.cannotReadNow", name);
        } catch (IOException e) {
            throw StoreException.of(StoreException.Reason.FAILED, e, "file.unreadable", name);
        }
    }

    /**
     * The checks of {@code triad workspace info} beyond the open checks: every reference between rows holds
     * ({@code foreign_key_check}), and every final assessment's data still gives its fingerprint. Returns how many
     * final assessments were checked; damage is a {@link StoreException} with reason DAMAGED.
     */
    public static int checkContents(Path file) {
        String name = file.getFileName().toString();
        try (Connection c = Database.openReadOnly(file, Places.isReadOnly(file.toAbsolutePath()))) {
            List<String> broken = Sql.list(c, "PRAGMA foreign_key_check", rs -> rs.getString(1) + " row " + rs.getLong(2));
            if (!broken.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "foreign_key_check of " + file + ": " + broken);
                throw FileChecks.damaged(name, new StoreText("damage.foreignKeys", broken.size()));
            }
            return Fingerprints.checkAll(c, name);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot check " + file, e);
            throw isCorruption(e) ? FileChecks.damaged(name, new StoreText("damage.unreadable"))
                    : StoreException.of(StoreException.Reason.UNUSABLE_FILE, e, "inspect.cannotReadNow", name);
        }
    }

    /**
     * Only a file Triad made is a workspace: its application id is Triad's. An empty SQLite database of
     * another program (application id 0, no tables) is refused like any other foreign database.
     */
    private static int schemaVersion(Connection c, String name) throws SQLException {
        int version = Migrations.version(c);
        long appId = Sql.count(c, "PRAGMA application_id");
        if (appId != Database.APPLICATION_ID || version == 0) {
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, "inspect.foreign", name);
        }
        if (version > Migrations.LATEST) {
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, "inspect.newer", name, version, Migrations.LATEST);
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
