package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * How Triad opens SQLite. The writer uses WAL, foreign keys and {@code synchronous=FULL}, so a commit that
 * returned is on disk even if the power goes next (decision 0005). The inspector opens read-only and sets no
 * pragma that writes, so checking a file never changes it.
 */
final class Database {
    /** 'TRAD': marks a SQLite file as a Triad workspace. */
    static final int APPLICATION_ID = 0x54524144;

    private Database() {
    }

    static Connection openWriter(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // After a large import the WAL is cut back to this size at the next checkpoint instead of staying large.
        config.setJournalSizeLimit(32 * 1024 * 1024);
        return config.createConnection(url(file));
    }

    static Connection openReadOnly(Path file) throws SQLException {
        return openReadOnly(file, false);
    }

    /**
     * A read-only connection. In a place where nothing can be written ({@code readOnlyPlace}) a plain read-only
     * connection to a WAL database would try to create its {@code -shm} file and fail with
     * SQLITE_READONLY_DIRECTORY. There, a file without a pending journal (the writer checkpoints every save and
     * removes the journal on close) is opened as immutable: read as it is, no lock and no file created beside it.
     * A file whose journal still holds saves is read through it, as SQLite can when the journal's files exist.
     */
    static Connection openReadOnly(Path file, boolean readOnlyPlace) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(5000);
        if (readOnlyPlace && !hasPendingJournal(file)) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString() + "?immutable=1");
        }
        return config.createConnection(url(file));
    }

    static boolean hasPendingJournal(Path file) {
        try {
            Path wal = Path.of(file.toAbsolutePath() + "-wal");
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
