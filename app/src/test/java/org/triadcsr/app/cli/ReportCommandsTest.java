package org.triadcsr.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.report.ReportFixtures;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.app.store.WorkspaceScore;

/** triad report, verify, company list and progress, run in-process against a real workspace. */
class ReportCommandsTest {
    @TempDir
    static Path dir;
    static ReportFixtures.Made made;

    @BeforeAll
    static void workspace() {
        made = ReportFixtures.textile(dir);
    }

    private static CliRun run(String... args) {
        return CliRun.of(dir.resolve("home"), args);
    }

    @Test
    void reportWritesAPdfThatVerifyAccepts() throws Exception {
        Path pdf = dir.resolve("out/báo-cáo.pdf");
        CliRun report = run("report", "--workspace", made.file().toString(), "--assessment", made.followUp(),
                "--lang", "vi", "--out", pdf.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Đã ghi", "Dấu vân tay (SHA-256): ");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        try (var siblings = Files.list(pdf.getParent())) {
            assertThat(siblings).as("no temporary file is left").hasSize(1);
        }
        CliRun verify = run("verify", pdf.toString());
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).startsWith("OK:").contains(made.followUp());
    }

    @Test
    void reportTakesBothLanguagesSideBySide() throws Exception {
        Path pdf = dir.resolve("both.pdf");
        CliRun report = run("report", "--workspace", made.file().toString(), "--assessment", made.baseline(),
                "--lang", "both", "--out", pdf.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("both");
        assertThat(run("verify", pdf.toString()).code()).isZero();
    }

    @Test
    void verifyFailsWithAMessageInTheUsersLanguage() throws Exception {
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "%PDF-1.7 not really");
        CliRun verify = run("verify", "--lang", "vi", junk.toString());
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.err()).contains("KHÔNG ĐẠT");
        CliRun missing = run("verify", dir.resolve("none.pdf").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no file");
    }

    @Test
    void reportRefusesAnUnknownAssessmentAndAnUnknownLanguage() {
        CliRun unknown = run("report", "--workspace", made.file().toString(), "--assessment", "nope", "--lang", "vi",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Không có bài đánh giá \"nope\"");
        CliRun lang = run("report", "--workspace", made.file().toString(), "--assessment", made.followUp(), "--lang", "fr",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(lang.code()).as("a language not offered is a usage error").isEqualTo(2);
        assertThat(lang.err()).contains("\"fr\"");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void companyListPrintsOneCompanyPerLineIdFirst() {
        CliRun list = run("company", "list", "--workspace", made.file().toString());
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).containsExactly(String.join("\t", "c-may-sai-gon", ReportFixtures.COMPANY_NAME,
                "textile-garment", "Thành phố Hồ Chí Minh", "2"));
    }

    @Test
    void progressJsonHoldsTheModelsDeltasAtFullPrecision() throws Exception {
        CliRun json = run("progress", "--workspace", made.file().toString(), "--assessment", made.followUp(),
                "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        Progress expected;
        try (Workspace ws = Workspace.openForReading(made.file())) {
            ScoreCard before = WorkspaceScore.score(ws, made.baseline()).card();
            ScoreCard after = WorkspaceScore.score(ws, made.followUp()).card();
            expected = Progress.between(before, after);
        }
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("earlier").asText()).isEqualTo(made.baseline());
        assertThat(root.get("overallDelta").asDouble()).isEqualTo(expected.overallDelta());
        assertThat(root.get("domains")).hasSize(expected.domains().size());
        for (int i = 0; i < expected.kpis().size(); i++) {
            Progress.KpiChange k = expected.kpis().get(i);
            JsonNode node = root.get("kpis").get(i);
            assertThat(node.get("id").asText()).isEqualTo(k.id());
            if (k.changePercent() == null) {
                assertThat(node.get("changePercent").isNull()).isTrue();
            } else {
                assertThat(node.get("changePercent").asDouble()).isEqualTo(k.changePercent());
            }
        }
    }

    @Test
    void progressTextRoundsAsTheReportDoesAndFailsWithoutAnEarlierAssessment() {
        CliRun text = run("progress", "--workspace", made.file().toString(), "--assessment", made.followUp());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Overall (TBL index)").doesNotContain("null").doesNotContain("NaN");
        CliRun none = run("progress", "--workspace", made.file().toString(), "--assessment", made.baseline(), "--lang", "vi");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("chưa có bài đánh giá nào trước đó");
    }

    @Test
    void everyNewCommandHasHelp() {
        for (String[] args : new String[][] {{"report", "--help"}, {"verify", "--help"}, {"company", "list", "--help"},
            {"progress", "--help"}}) {
            CliRun help = run(args);
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: triad");
        }
    }
}
