package org.triadcsr.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.ScoreCard;

/** Generated reports parsed back: the numbers are the score card's, Vietnamese is intact, flags come first. */
class PdfReportContentTest {
    @TempDir
    static Path dir;
    static ReportModel followUp;
    static ReportModel baseline;
    static PdfText en;
    static PdfText vi;
    static PdfText both;
    static PdfText baselineVi;

    @BeforeAll
    static void reports() throws Exception {
        ReportFixtures.Made made = ReportFixtures.textile(dir);
        try (Workspace ws = Workspace.openForReading(made.file())) {
            followUp = ReportModelLoader.load(ws, made.followUp(), ReportFixtures.CLOCK);
            baseline = ReportModelLoader.load(ws, made.baseline(), ReportFixtures.CLOCK);
        }
        en = PdfText.of(write(followUp, ReportLanguage.EN, "en"));
        vi = PdfText.of(write(followUp, ReportLanguage.VI, "vi"));
        both = PdfText.of(write(followUp, ReportLanguage.BOTH, "both"));
        baselineVi = PdfText.of(write(baseline, ReportLanguage.VI, "baseline-vi"));
    }

    private static Path write(ReportModel model, ReportLanguage language, String name) throws Exception {
        Path out = dir.resolve(name + ".pdf");
        ReportFile.write(model, language, out);
        return out;
    }

    @Test
    void summaryPrintsTheScoreCardsOverallAndDomainScoresRoundedToWholePoints() {
        ScoreCard card = followUp.card();
        String summary = en.lines(3);
        assertThat(summary).containsPattern("TBL index \\(overall score, 0–100\\) " + Math.round(card.overall()) + "\\b");
        for (Domain d : followUp.pack().domains()) {
            long score = Math.round(card.domain(d.id()).orElseThrow().score());
            assertThat(summary).containsPattern("(?m)^" + Pattern.quote(d.name().in("en")) + " " + score + "$");
        }
    }

    @Test
    void everyTopicLineCarriesTheScoreCardsTopicScoreOrADashWithItsReason() {
        for (Domain d : followUp.pack().domains()) {
            for (Topic t : d.topics()) {
                Double score = followUp.card().topic(t.id()).orElseThrow().score();
                String printed = score == null ? "– (no scored question)" : String.valueOf(Math.round(score));
                assertThat(en.all()).contains(t.name().in("en") + ": score " + printed);
                String printedVi = score == null ? "– (không có câu hỏi nào được chấm điểm)" : String.valueOf(Math.round(score));
                assertThat(vi.all()).contains(t.name().in("vi") + ": điểm " + printedVi);
            }
        }
    }

    @Test
    void progressDeltasAreTheModelsToOneDecimal() {
        Double delta = followUp.previous().orElseThrow().progress().overallDelta();
        String expected = (delta > 0 ? "+" : "") + String.format(java.util.Locale.ENGLISH, "%.1f", Math.round(delta * 10) / 10.0);
        assertThat(en.all()).containsPattern("Overall \\(TBL index\\) \\d+ \\d+ " + Pattern.quote(expected));
    }

    @Test
    void vietnameseComesBackIntactAndInNfc() {
        String text = vi.all();
        assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        assertThat(text).contains(ReportFixtures.COMPANY_NAME, "Báo cáo tự đánh giá trách nhiệm xã hội doanh nghiệp",
                "Tóm tắt", "Nguyễn Thị Hương", "Xếp loại", "Kế hoạch hành động", "Lắp đồng hồ nước cho từng xưởng");
        for (Domain d : followUp.pack().domains()) {
            assertThat(text).contains(d.name().in("vi"));
        }
    }

    @Test
    void theBilingualReportHoldsBothLanguages() {
        assertThat(both.all()).contains("Executive summary", "Tóm tắt", "Critical and major flags",
                "Vấn đề nghiêm trọng và vấn đề lớn được gắn cờ", "How the scores are computed", "Cách tính điểm");
    }

    /** The first four words of a text: a table cell wraps its text, and extraction interleaves the columns. */
    private static String opening(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
    }

    @Test
    void flagsWithTheirLegalBasisAreOnTheFirstThreePages() {
        assertThat(followUp.card().flags()).isNotEmpty();
        for (Flag f : followUp.card().flags()) {
            assertThat(en.first(3)).contains(opening(f.basis().in("en")));
        }
        Flag critical = baseline.card().criticalFlags().get(0);
        assertThat(baselineVi.first(3)).contains("Nghiêm trọng", opening(critical.basis().in("vi")));
        assertThat(baselineVi.first(3)).contains(baseline.card().ratingCappedByCriticalFlag()
                ? "Xếp loại bị giới hạn ở mức" : "Vấn đề nghiêm trọng chưa khắc phục: ");
    }

    @Test
    void noPageSaysNullNanOrInfinity() {
        for (PdfText text : new PdfText[] {en, vi, both, baselineVi}) {
            assertThat(text.all()).doesNotContainPattern("\\bnull\\b").doesNotContain("NaN").doesNotContain("Infinity")
                    .doesNotContain("!");
        }
    }

    @Test
    void undefinedValuesPrintADashWithTheirReason() {
        assertThat(en.all()).contains("– (not computable)", "– (not answered)", "– (tracked,");
        assertThat(vi.all()).contains("– (không tính được)", "– (chưa trả lời)");
    }
}
