package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.cli.Cli;
import org.triadcsr.app.env.UserDataFolder;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.exchange.AssessmentFingerprint;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.portfolio.Assessment;

/**
 * Defect 3 of issue 10: damage SQLite cannot see. Every final assessment keeps the fingerprint of its canonical
 * data; {@code workspace info}, every backup and every read of it compare; a mismatch is damage with the backups
 * offered, and a damaged file never becomes a backup.
 */
class StoreFingerprintTest {
    private static final String MARKER = "ZZZZ-marker-note";

    @TempDir
    Path dir;

    private static Clock day(int n) {
        return Clock.fixed(Instant.parse("2026-01-01T09:00:00Z").plusSeconds(86_400L * n), ZoneOffset.UTC);
    }

    /** A workspace with one final assessment (one answer carries {@link #MARKER}) and one daily backup. */
    private String finalAssessment(Path file) {
        String id;
        try (Workspace ws = Workspace.create(file)) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            ws.answers().save(a.id(), new Answer("env.water.metering", new AnswerValue.Level(3), MARKER));
            ws.assessments().makeFinal(a.id());
            id = a.id();
        }
        Workspace.open(file, day(0)).close();
        return id;
    }

    private CliResult info(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"workspace", "info", "--workspace", file.toString()}, r -> 0,
                new UserDataFolder(dir), new PrintWriter(out), new PrintWriter(err));
        return new CliResult(code, out.toString(), err.toString());
    }

    private record CliResult(int code, String out, String err) {
    }

    @Test
    void theFingerprintIsStoredWhenMadeFinalAndIsTheOneTheReportPrints() throws Exception {
        Path file = dir.resolve("ws.triad");
        String id = finalAssessment(file);
        try (Workspace ws = Workspace.openForReading(file)) {
            String exported = ws.exchange().export(null);
            var doc = ExchangeReader.read(exported);
            var assessment = doc.companies().get(0).assessments().get(0);
            assertThat(ws.assessments().fingerprint(id)).contains(AssessmentFingerprint.of("c1", assessment));
        }
        CliResult info = info(file);
        assertThat(info.code()).isZero();
        assertThat(info.out()).contains("1 final assessment agrees with its fingerprint");
    }

    @Test
    void fourFlippedBytesInsideAnAnswerPagePassIntegrityCheckButNotTheFingerprint() throws Exception {
        Path file = dir.resolve("ws.triad");
        String id = finalAssessment(file);
        int backups = Backups.list(file).size();
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, MARKER.getBytes(StandardCharsets.UTF_8));
        assertThat(at).isPositive();
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = 'Y';
        }
        Files.write(file, bytes);
        assertThat(WorkspaceInspector.inspect(file).integrity()).isEqualTo("ok");

        CliResult info = info(file);
        assertThat(info.code()).isEqualTo(1);
        assertThat(info.err()).contains("is damaged").contains("no longer gives the fingerprint")
                .contains("Backups of this workspace").doesNotContain("SQLITE");
        try (Workspace ws = Workspace.openForReading(file)) {
            assertThatThrownBy(() -> ws.answers().of(id)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED));
            assertThatThrownBy(() -> ws.exchange().export(null)).isInstanceOf(StoreException.class);
        }
        // The next day's backup would copy the damage and push a good backup out: the open refuses instead.
        assertThatThrownBy(() -> Workspace.open(file, day(1))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED));
        assertThat(Backups.list(file)).hasSize(backups);
    }

    @Test
    void aFinalAssessmentChangedBehindTriadsBackIsCaught() throws Exception {
        Path file = dir.resolve("ws.triad");
        String id = finalAssessment(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("INSERT OR REPLACE INTO assessment SELECT id, company_id, pack_id, pack_version, period, assessor,"
                    + " 'draft', created_at, updated_at FROM assessment WHERE id = '" + id + "'");
            st.execute("UPDATE answer SET level = 0 WHERE assessment_id = '" + id + "' AND question_id = 'env.water.metering'");
            st.execute("UPDATE assessment SET status = 'final' WHERE id = '" + id + "'");
        }
        assertThat(WorkspaceInspector.inspect(file).integrity()).isEqualTo("ok");
        assertThat(info(file).err()).contains("no longer gives the fingerprint");
        try (Workspace ws = Workspace.openForReading(file)) {
            assertThatThrownBy(() -> ws.answers().of(id)).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aDamagedFileIsKeptAmongTheDamagedCopiesWhenABackupIsRestoredOverIt() throws Exception {
        Path file = dir.resolve("ws.triad");
        finalAssessment(file);
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, MARKER.getBytes(StandardCharsets.UTF_8));
        bytes[at] = 'Q';
        Files.write(file, bytes);
        List<Backup> before = Backups.list(file);
        BackupRestore.restore(file, before.get(0), day(2));
        assertThat(Backups.list(file)).extracting(Backup::why).contains(Backups.DAMAGED);
        CliResult info = info(file);
        assertThat(info.code()).isZero();
    }

    @Test
    void infoFindsARowWhoseCompanyIsGone() throws Exception {
        Path file = dir.resolve("ws.triad");
        finalAssessment(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("INSERT INTO target (id, company_id, kpi_question_id, value) VALUES ('t9', 'gone', 'k', 1)");
        }
        CliResult info = info(file);
        assertThat(info.code()).isEqualTo(1);
        assertThat(info.err()).contains("refers to a company or assessment that is not there");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
