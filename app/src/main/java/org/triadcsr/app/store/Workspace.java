package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * An open workspace: one {@code *.triad} SQLite file, held by this process alone (decisions 0007 and 0040),
 * migrated to the current schema, backed up once a day. The UI and the command line reach the data only through
 * the repositories it hands out, and see only {@link StoreException}s.
 *
 * <p>A workspace in a place where nothing can be saved (a read-only file or folder: a USB stick, a shared folder,
 * another user's folder) opens to read only: everything can be looked at, every change is refused with
 * {@link #readOnlyNotice}, and nothing is written there, not even a lock file.
 *
 * <p>Every call touches the disk (a save waits for its fsync), so the UI calls it from a background task, never
 * on the FX thread. Calls are serialised on the one connection, so any thread may make them.
 */
public final class Workspace implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());
    private final Path file;
    /** Null for a workspace opened to read only. */
    private final WriterLock lock;
    private final Connection connection;
    private final Transactions tx;
    private final SqlitePacks packs;

    /** Who opens a workspace for changes: a refused second opener is told which of the two holds it. */
    public enum Opener { WINDOW, COMMAND }

    private Workspace(Path file, WriterLock lock, Connection connection, StoreText readOnly) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.tx = new Transactions(connection, readOnly);
        this.packs = new SqlitePacks(tx);
    }

    /** Opens an existing workspace for the window after every open check; the file is not touched if a check fails. */
    public static Workspace open(Path file) {
        return open(file, Clock.systemDefaultZone(), Opener.WINDOW);
    }

    public static Workspace open(Path file, Clock clock) {
        return open(file, clock, Opener.WINDOW);
    }

    /** Opens an existing workspace for changes by {@code opener} (a command passes {@link Opener#COMMAND}). */
    public static Workspace open(Path file, Opener opener) {
        return open(file, Clock.systemDefaultZone(), opener);
    }

    public static Workspace open(Path file, Clock clock, Opener opener) {
        FileChecks.check(file.toAbsolutePath());
        Path path = realPath(file);
        if (Places.isReadOnly(path)) {
            return readOnly(path, "readOnly.place");
        }
        WriterLock lock = WriterLock.acquire(path, opener);
        try {
            Places.refuseManyNames(path);
            Leftovers.sweep(path);
            WorkspaceInfo info = WorkspaceInspector.inspect(path);
            Connection c = Database.openWriter(path);
            try {
                if (info.schemaVersion() < Migrations.LATEST) {
                    Path copy = Backups.take(c, path, clock, "before-schema-" + Migrations.LATEST);
                    LOG.log(System.Logger.Level.INFO, "backed up " + path + " to " + copy + " before migrating");
                }
                Migrations.migrate(c);
                dailyBackup(c, path, clock);
                return new Workspace(path, lock, c, null);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            lock.close();
            throw Transactions.translate(new StoreText("action.open", path.getFileName()), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * A daily backup that fails (a full disk, a read-only backups folder) is logged; it never keeps the workspace
     * shut. A final assessment whose data no longer gives its fingerprint does: that is damage, and copying it
     * would push a good backup out.
     */
    private static void dailyBackup(Connection c, Path path, Clock clock) {
        try {
            Backups.daily(c, path, clock);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DAMAGED) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "daily backup of " + path + " failed", e);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "daily backup of " + path + " failed", e);
        }
    }

    /**
     * The one name of the file, links and {@code ..} resolved, so that two paths to the same workspace share the
     * lock beside it. For a file not created yet, its folder's real path.
     */
    static Path realPath(Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            return Files.exists(absolute) ? absolute.toRealPath()
                    : absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * Creates a new, empty workspace. Refused if the file exists, unless it is empty (0 bytes): a file the user
     * just made for it, e.g. by a save dialog.
     */
    public static Workspace create(Path file) {
        Path path = file.toAbsolutePath();
        if (Files.exists(path) && !Places.isEmptyFile(path)) {
            throw StoreException.of(StoreException.Reason.REFUSED, "create.exists", path.getFileName());
        }
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw StoreException.of(StoreException.Reason.FAILED, e, "create.noFolder", path.getParent());
        }
        path = realPath(path);
        boolean wasEmptyFile = Files.exists(path);
        WriterLock lock = WriterLock.acquire(path, Opener.WINDOW);
        try {
            if (Files.exists(path) && !Places.isEmptyFile(path)) {
                throw StoreException.of(StoreException.Reason.REFUSED, "create.justCreated", path.getFileName());
            }
            Connection c = Database.openWriter(path);
            try {
                lock = lock.withIdentity(path, Opener.WINDOW);
                Migrations.migrate(c);
            } catch (SQLException | RuntimeException e) {
                // A half-made file would block the next try with "already exists": it holds nothing yet, so it goes
                // (an empty file the user gave is left as it was).
                c.close();
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(path + suffix));
                }
                if (wasEmptyFile) {
                    Files.write(path, new byte[0]);
                } else {
                    Files.deleteIfExists(path);
                }
                throw e;
            }
            return new Workspace(path, lock, c, null);
        } catch (SQLException e) {
            lock.close();
            throw Transactions.translate(new StoreText("action.create", path.getFileName()), e);
        } catch (IOException e) {
            lock.close();
            throw StoreException.of(StoreException.Reason.FAILED, e, "create.failed", path.getFileName());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the workspace to read only, beside a window that may have it open: every open check, but no writer
     * lock, no migration, no backup, and nothing can be written. A file of an older schema is refused with the
     * way to bring it up to date, since reading must not change it.
     */
    public static Workspace openForReading(Path file) {
        Path path = realPath(file);
        return readOnly(path, Places.isReadOnly(path) ? "readOnly.place" : "readOnly.reading");
    }

    private static Workspace readOnly(Path path, String noticeKey) {
        boolean place = Places.isReadOnly(path);
        WorkspaceInfo info = place ? WorkspaceInspector.inspectInPlace(path) : WorkspaceInspector.inspect(path);
        if (info.schemaVersion() < Migrations.LATEST) {
            throw StoreException.of(StoreException.Reason.UNUSABLE_FILE, place ? "readOnly.olderSchema" : "open.olderSchema",
                    path.getFileName(), info.schemaVersion());
        }
        try {
            return new Workspace(path, null, Database.openReadOnly(path, place),
                    new StoreText(noticeKey, path.getFileName()));
        } catch (SQLException e) {
            throw Transactions.translate(new StoreText("action.read", path.getFileName()), e);
        }
    }

    /** Opens the workspace, creating it first if there is no file yet (the window's default workspace). */
    public static Workspace openOrCreate(Path file) {
        return Files.exists(file) && !Places.isEmptyFile(file.toAbsolutePath()) ? open(file) : create(file);
    }

    public Path file() {
        return file;
    }

    /** True if nothing can be saved in this workspace (opened to read, or in a read-only place). */
    public boolean isReadOnly() {
        return tx.readOnly() != null;
    }

    /** Why nothing can be saved here, in {@code language}, for the window to show; empty if changes are saved. */
    public Optional<String> readOnlyNotice(String language) {
        return Optional.ofNullable(tx.readOnly()).map(t -> t.in(language));
    }

    public CompanyRepository companies() {
        return new SqliteCompanies(tx, c -> Backups.take(c, file, Clock.systemDefaultZone(), "before-delete"));
    }

    public AssessmentRepository assessments() {
        return new SqliteAssessments(tx);
    }

    public AnswerRepository answers() {
        return new SqliteAnswers(tx, packs);
    }

    public EvidenceRepository evidence() {
        return new SqliteEvidence(tx);
    }

    public ProgressRepository progress() {
        return new SqliteProgress(tx);
    }

    public PackRepository packs() {
        return packs;
    }

    /** Import and export of exchange files, and the CSV of all answers. */
    public Exchange exchange() {
        return new Exchange(tx, packs);
    }

    Transactions transactions() {
        return tx;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing " + file + " failed", e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
