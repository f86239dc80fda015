package org.triadcsr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.triadcsr.app.store.Backups;
import org.triadcsr.app.store.PackLibrary;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeException;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.exchange.ExchangeWriter;
import org.triadcsr.model.portfolio.Assessment;

/**
 * {@code bin/bench store}: the workspace store beside raw JDBC on the same SQLite settings, in the same run.
 * Autosave latency per answer, import and export throughput, open time of a 1,000 × 3 × 300 workspace to the
 * first list of companies, and its file size.
 */
final class StoreBenchmark {
    private static final int SAVES = 2000;
    private static final int COMPANIES = 1000;
    private static final int BATCH = 100;

    private StoreBenchmark() {
    }

    static void run() throws IOException, SQLException {
        Path dir = Files.createTempDirectory("triad-bench-store");
        try {
            autosave(dir);
            Path big = importAndExport(dir);
            open(big);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Each save through the repository (validated, own transaction) against one raw INSERT OR REPLACE + commit. */
    private static void autosave(Path dir) throws SQLException {
        double[] store = new double[SAVES];
        double[] raw = new double[SAVES];
        double[] rawCheckpointed = new double[SAVES];
        try (Workspace ws = Workspace.create(dir.resolve("autosave.triad"));
             Connection base = rawConnection(dir.resolve("baseline.db"))) {
            ws.packs().store(StoreBenchData.packJson());
            ws.companies().save(StoreBenchData.companies(0, 1).get(0).company());
            Assessment a = ws.assessments().create("company-00000", StoreBenchData.PACK_ID, StoreBenchData.PACK_VERSION,
                    "2025", null);
            try (Statement st = base.createStatement()) {
                st.execute("CREATE TABLE answer (a TEXT, q TEXT, level INTEGER, note TEXT, PRIMARY KEY (a, q))");
            }
            for (int i = -200; i < SAVES; i++) {   // the first 200 warm up and are not counted
                int q = Math.floorMod(i, StoreBenchData.QUESTIONS);
                long t0 = System.nanoTime();
                ws.answers().save(a.id(), new Answer(StoreBenchData.questionId(q), StoreBenchData.value(q, i), "n" + i));
                long t1 = System.nanoTime();
                try (PreparedStatement ps = base.prepareStatement("INSERT OR REPLACE INTO answer VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, a.id());
                    ps.setString(2, StoreBenchData.questionId(q));
                    ps.setInt(3, Math.floorMod(i, 5));
                    ps.setString(4, "n" + i);
                    ps.executeUpdate();
                }
                long t2 = System.nanoTime();
                try (PreparedStatement ps = base.prepareStatement("INSERT OR REPLACE INTO answer VALUES (?, ?, ?, ?)");
                     Statement st = base.createStatement()) {
                    ps.setString(1, a.id());
                    ps.setString(2, StoreBenchData.questionId(q));
                    ps.setInt(3, Math.floorMod(i + 1, 5));
                    ps.setString(4, "c" + i);
                    ps.executeUpdate();
                    st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)").close();
                }
                long t3 = System.nanoTime();
                if (i >= 0) {
                    store[i] = (t1 - t0) / 1e6;
                    raw[i] = (t2 - t1) / 1e6;
                    rawCheckpointed[i] = (t3 - t2) / 1e6;
                }
            }
        }
        Stats s = Stats.of(store);
        Stats r = Stats.of(raw);
        Stats k = Stats.of(rawCheckpointed);
        System.out.printf("autosave, %d answers, each committed (WAL, synchronous=FULL)%n", SAVES);
        System.out.printf("  store save (validate, commit, checkpoint) p50 %7.3f ms  p99 %7.3f ms%n", s.percentile(50), s.percentile(99));
        System.out.printf("  raw JDBC commit                           p50 %7.3f ms  p99 %7.3f ms   (baseline, same run)%n", r.percentile(50), r.percentile(99));
        System.out.printf("  raw JDBC commit + wal_checkpoint(PASSIVE) p50 %7.3f ms  p99 %7.3f ms   (baseline, same run)%n",
                k.percentile(50), k.percentile(99));
        System.out.printf("  ratio to the bare commit p50 %.2f  p99 %.2f%n", s.percentile(50) / r.percentile(50),
                s.percentile(99) / r.percentile(99));
        System.out.printf("  ratio to commit + checkpoint p50 %.2f  p99 %.2f%n", s.percentile(50) / k.percentile(50),
                s.percentile(99) / k.percentile(99));
    }

    private static Path importAndExport(Path dir) throws SQLException {
        Path big = dir.resolve("portfolio.triad");
        long answers = 0;
        long bytes = 0;
        long nanos = 0;
        long parseNanos = 0;
        try (Workspace ws = Workspace.create(big)) {
            ws.packs().store(StoreBenchData.packJson());
            for (int from = 0; from < COMPANIES; from += BATCH) {
                String json = ExchangeWriter.write(new ExchangeDocument(ExchangeDocument.VERSION, "bench", Instant.now(),
                        StoreBenchData.companies(from, BATCH)));
                long t0 = System.nanoTime();
                ws.exchange().importJson(json, PackLibrary.none());
                nanos += System.nanoTime() - t0;
                long p0 = System.nanoTime();
                readOnly(json);
                parseNanos += System.nanoTime() - p0;
                answers += (long) BATCH * 3 * StoreBenchData.QUESTIONS;
                bytes += json.getBytes(StandardCharsets.UTF_8).length;
            }
            double rawSeconds = rawImport(dir.resolve("raw-import.db"), BATCH * 3 * StoreBenchData.QUESTIONS);
            double seconds = nanos / 1e9;
            double rawRate = BATCH * 3 * StoreBenchData.QUESTIONS / rawSeconds;
            System.out.printf("import, %d companies x 3 assessments x %d answers in batches of %d companies%n", COMPANIES,
                    StoreBenchData.QUESTIONS, BATCH);
            System.out.printf("  store import    %,10.0f answers/s  %6.1f MB/s of JSON  (%.1f s)%n", answers / seconds,
                    bytes / 1e6 / seconds, seconds);
            System.out.printf("    of which reading and checking the JSON alone (ExchangeReader) %.1f s%n", parseNanos / 1e9);
            System.out.printf("  raw JDBC insert %,10.0f answers/s   (baseline, same run, one transaction)%n", rawRate);
            System.out.printf("  ratio (raw / store) %.2f%n", rawRate / (answers / seconds));

            long t0 = System.nanoTime();
            String all = ws.exchange().export(null);
            double exportSeconds = (System.nanoTime() - t0) / 1e9;
            double rawExport = rawExport(big);
            System.out.printf("export of all %d companies: %,10.0f answers/s  %6.1f MB/s of JSON  (%.1f s)%n", COMPANIES,
                    answers / exportSeconds, all.getBytes(StandardCharsets.UTF_8).length / 1e6 / exportSeconds, exportSeconds);
            System.out.printf("  raw JDBC select %,10.0f answers/s   (baseline, same run)%n", answers / rawExport);
            System.out.printf("  ratio (raw / store) %.2f%n", exportSeconds / rawExport);
        }
        return big;
    }

    private static void open(Path big) throws SQLException {
        int rounds = 5;
        double[] store = new double[rounds];
        double[] raw = new double[rounds];
        double[] checked = new double[rounds];
        for (int i = -1; i < rounds; i++) {   // round -1 takes today's backup and warms the cache; reported apart
            long t0 = System.nanoTime();
            int listed;
            try (Workspace ws = Workspace.open(big)) {
                listed = ws.companies().list().size();
            }
            long t1 = System.nanoTime();
            int bare = rawList(big, false);
            long t2 = System.nanoTime();
            int withCheck = rawList(big, true);
            long t3 = System.nanoTime();
            if (listed != bare || listed != withCheck) {
                throw new IllegalStateException("the lists differ");
            }
            if (i < 0) {
                System.out.printf("open, first of the day (checks + daily backup) to first company list: %.0f ms%n",
                        (t1 - t0) / 1e6);
            } else {
                store[i] = (t1 - t0) / 1e6;
                raw[i] = (t2 - t1) / 1e6;
                checked[i] = (t3 - t2) / 1e6;
            }
        }
        Stats s = Stats.of(store);
        Stats r = Stats.of(raw);
        Stats k = Stats.of(checked);
        System.out.printf("open to first company list (%d companies), median of %d%n", COMPANIES, rounds);
        System.out.printf("  store: lock, checks, open, list                  %7.0f ms%n", s.median());
        System.out.printf("  raw JDBC read-only open + integrity_check + list %7.0f ms   (baseline, same run)%n", k.median());
        System.out.printf("  raw JDBC open + list, no check                   %7.0f ms   (baseline, same run)%n", r.median());
        System.out.printf("  ratio to the checked baseline %.2f%n", s.median() / k.median());
        try {
            System.out.printf("file size %,d bytes (%.1f MB); %d backups in %s%n", Files.size(big), Files.size(big) / 1e6,
                    Backups.list(big).size(), Backups.folder(big));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rawList(Path file, boolean integrityCheck) throws SQLException {
        int n = 0;
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = integrityCheck ? readOnly.createConnection("jdbc:sqlite:" + file) : rawConnection(file);
             Statement st = c.createStatement()) {
            if (integrityCheck) {
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, name FROM company ORDER BY name COLLATE NOCASE, id")) {
                while (rs.next()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void readOnly(String json) {
        try {
            ExchangeReader.read(json);
        } catch (ExchangeException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double rawImport(Path file, int rows) throws SQLException {
        try (Connection c = rawConnection(file)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE answer (a TEXT, q TEXT, kind TEXT, level INTEGER, text_value TEXT, note TEXT,"
                        + " updated_at TEXT, PRIMARY KEY (a, q)) WITHOUT ROWID");
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO answer VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setString(1, "a" + i / StoreBenchData.QUESTIONS);
                    ps.setString(2, StoreBenchData.questionId(i % StoreBenchData.QUESTIONS));
                    ps.setString(3, "level");
                    ps.setInt(4, i % 5);
                    ps.setString(5, null);
                    ps.setString(6, "");
                    ps.setString(7, "2025-06-01T08:00:00Z");
                    ps.executeUpdate();
                }
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static double rawExport(Path file) throws SQLException {
        long t0 = System.nanoTime();
        StringBuilder out = new StringBuilder();
        try (Connection c = rawConnection(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT assessment_id, question_id, kind, level, text_value, note FROM answer")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(rs.getString(2)).append(rs.getString(3)).append(rs.getInt(4))
                        .append(rs.getString(5)).append(rs.getString(6));
            }
        }
        if (out.length() == 0) {
            throw new IllegalStateException("nothing exported");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Connection rawConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }
}
