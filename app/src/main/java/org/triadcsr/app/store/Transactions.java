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
    /** Why nothing can be saved, or null if changes are saved. */
    private final StoreText readOnly;

    Transactions(Connection connection, StoreText readOnly) {
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** The workspace file's name, for messages. */
    String workspaceName() {
        try {
            return WorkspaceReader.workspaceName(connection);
        } catch (SQLException e) {
            return "workspace";
        }
    }

    StoreText readOnly() {
        return readOnly;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    synchronized <T> T read(String whatKey, Work<T> work) {
        return read(new StoreText(whatKey), work);
    }

    synchronized <T> T write(String whatKey, Work<T> work) {
        return write(new StoreText(whatKey), work);
    }

    synchronized <T> T read(StoreText what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    synchronized <T> T write(StoreText what, Work<T> work) {
        if (readOnly != null) {
            throw StoreException.of(StoreException.Reason.REFUSED, "readOnly.refused", what, readOnly);
        }
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

    /**
     * The user's message for a failed step: what could not be done, that nothing of this step was saved, and
     * what to do. SQLite's own text goes to the log only.
     */
    static StoreException translate(StoreText what, SQLException e) {
        String message = String.valueOf(e.getMessage());
        System.getLogger(Transactions.class.getName()).log(System.Logger.Level.WARNING, "cannot " + what.in("en"), e);
        if (message.contains("TRIAD_FROZEN")) {
            return StoreException.of(StoreException.Reason.REFUSED, e, "sql.frozen", what);
        }
        if (message.contains("FOREIGN KEY")) {
            return StoreException.of(StoreException.Reason.NOT_FOUND, e, "sql.missingReference", what);
        }
        if (message.contains("SQLITE_FULL")) {
            return StoreException.of(StoreException.Reason.FAILED, e, "sql.diskFull", what);
        }
        if (message.contains("SQLITE_READONLY")) {
            return StoreException.of(StoreException.Reason.FAILED, e, "sql.readOnly", what);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
            return StoreException.of(StoreException.Reason.FAILED, e, "sql.busy", what);
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")) {
            return StoreException.of(StoreException.Reason.DAMAGED, e, "sql.corrupt", what);
        }
        if (message.contains("SQLITE_CONSTRAINT")) {
            return StoreException.of(StoreException.Reason.REFUSED, e, "sql.constraint", what);
        }
        return StoreException.of(StoreException.Reason.FAILED, e, "sql.failed", what);
    }
}
