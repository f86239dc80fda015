package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * An open workspace: one {@code *.triad} SQLite file, held by this process alone (decision 0007), migrated to
 * the current schema, backed up once a day. The UI and the command line reach the data only through the
 * repositories it hands out, and see only {@link StoreException}s.
 *
 * <p>Every call touches the disk (a save waits for its fsync), so the UI calls it from a background task, never
 * on the FX thread. Calls are serialised on the one connection, so any thread may make them.
 */
public final class Workspace implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());
    private final Path file;
    /** Null for a workspace opened for reading only. */
    private final WriterLock lock;
    private final Connection connection;
    private final Transactions tx;
    private final SqlitePacks packs;

    private Workspace(Path file, WriterLock lock, Connection connection) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.tx = new Transactions(connection);
        this.packs = new SqlitePacks(tx);
    }

    /** Opens an existing workspace after every open check; the file is not touched if a check fails. */
    public static Workspace open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    public static Workspace open(Path file, Clock clock) {
        FileChecks.check(file.toAbsolutePath());
        Path path = realPath(file);
        WriterLock lock = WriterLock.acquire(path);
        try {
            if (isReadOnly(path)) {
                throw new StoreException(StoreException.Reason.UNUSABLE_FILE, "The workspace " + path.getFileName()
                        + " is read-only, so nothing could be saved in it. Copy it to a folder you may write to, or"
                        + " allow writing to it. It has not been changed.", "Tệp dữ liệu " + path.getFileName()
                        + " chỉ cho phép đọc nên không thể lưu gì vào đó. Hãy sao chép tệp vào một thư mục bạn có quyền"
                        + " ghi, hoặc cho phép ghi vào tệp. Tệp không bị thay đổi.", null);
            }
            WorkspaceInfo info = WorkspaceInspector.inspect(path);
            Connection c = Database.openWriter(path);
            try {
                if (info.schemaVersion() < Migrations.LATEST && info.schemaVersion() > 0) {
                    Path copy = Backups.take(c, path, clock, "before-schema-" + Migrations.LATEST);
                    LOG.log(System.Logger.Level.INFO, "backed up " + path + " to " + copy + " before migrating");
                }
                Migrations.migrate(c);
                dailyBackup(c, path, clock);
                return new Workspace(path, lock, c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            lock.close();
            throw Transactions.translate("open the workspace " + path.getFileName(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A daily backup that fails (a full disk, a read-only folder) is logged; it never keeps the workspace shut. */
    private static void dailyBackup(Connection c, Path path, Clock clock) {
        try {
            Backups.sweepPartials(path);
            Backups.daily(c, path, clock);
        } catch (SQLException | StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "daily backup of " + path + " failed", e);
        }
    }

    /**
     * The one name of the file, links resolved, so that two paths to the same workspace (a symbolic link, a
     * mapped drive) share one lock. For a file not created yet, its folder's real path.
     */
    static Path realPath(Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            return Files.exists(absolute) ? absolute.toRealPath()
                    : absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return file.toAbsolutePath();
        }
    }

    /** Read-only by its permissions, not only to this user: an administrator may write to anything. */
    static boolean isReadOnly(Path path) {
        try {
            if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE)
                        || !Files.isWritable(path);
            }
            DosFileAttributes dos = Files.readAttributes(path, DosFileAttributes.class);
            return dos.isReadOnly() || !Files.isWritable(path);
        } catch (IOException | UnsupportedOperationException e) {
            return !Files.isWritable(path);
        }
    }

    /** Creates a new, empty workspace; refused if the file exists. */
    public static Workspace create(Path file) {
        Path path = file.toAbsolutePath();
        if (Files.exists(path)) {
            throw new StoreException(StoreException.Reason.REFUSED, "The file " + path.getFileName() + " already exists;"
                    + " choose another name, or open it instead.");
        }
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, "The folder " + path.getParent() + " cannot be"
                    + " created: " + e.getMessage(), e);
        }
        WriterLock lock = WriterLock.acquire(realPath(path));
        try {
            if (Files.exists(path)) {
                throw new StoreException(StoreException.Reason.REFUSED, "The file " + path.getFileName()
                        + " was just created by another Triad window; open it instead.");
            }
            Connection c = Database.openWriter(path);
            try {
                Migrations.migrate(c);
            } catch (SQLException | RuntimeException e) {
                // A half-made file would block the next try with "already exists": it holds nothing yet, so it goes.
                c.close();
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(path + suffix));
                }
                throw e;
            }
            return new Workspace(path, lock, c);
        } catch (SQLException e) {
            lock.close();
            throw Transactions.translate("create the workspace " + path.getFileName(), e);
        } catch (IOException e) {
            lock.close();
            throw new StoreException(StoreException.Reason.FAILED, "The new workspace " + path.getFileName()
                    + " could not be set up: " + e.getMessage(), e);
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
        Path path = file.toAbsolutePath();
        WorkspaceInfo info = WorkspaceInspector.inspect(path);
        if (info.schemaVersion() < Migrations.LATEST) {
            throw new StoreException(StoreException.Reason.UNUSABLE_FILE, "The workspace " + path.getFileName()
                    + " was saved by an older Triad (schema " + info.schemaVersion() + "). Open it once in the Triad"
                    + " window, which brings it up to date after a backup, then try again. It has not been changed.",
                    "Tệp dữ liệu " + path.getFileName() + " được lưu bởi một phiên bản Triad cũ hơn (lược đồ "
                    + info.schemaVersion() + "). Hãy mở tệp một lần trong cửa sổ Triad để cập nhật (có sao lưu trước),"
                    + " rồi thử lại. Tệp không bị thay đổi.", null);
        }
        try {
            return new Workspace(path, null, Database.openReadOnly(path));
        } catch (SQLException e) {
            throw Transactions.translate("read the workspace " + path.getFileName(), e);
        }
    }

    /** Opens the workspace, creating it first if there is no file yet (the window's default workspace). */
    public static Workspace openOrCreate(Path file) {
        return Files.exists(file) ? open(file) : create(file);
    }

    public Path file() {
        return file;
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
