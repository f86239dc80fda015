package org.triadcsr.app.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.triadcsr.app.testing.SampleAnswers;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.progress.Target;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.Scorer;
import org.triadcsr.packs.BundledPacks;

/** Each chart built from a real pack and real score cards, rendered headless, its data and words checked. */
class ChartBuildersTest {
    private static final Pack PACK = BundledPacks.get("textile-garment").orElseThrow();
    private static final CompanyProfile COMPANY = new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 150, 120.0, 40.0,
            WageRegion.II);
    private static final ChartText EN = ChartText.forLocale(Locale.ENGLISH);
    private static final ChartText VI = ChartText.forLocale(Locale.forLanguageTag("vi"));
    private static final ChartStyle STYLE = ChartStyle.defaults();

    private static ScoreCard card(String id, int seed) {
        return Scorer.score(PACK, Answers.of(SampleAnswers.forPack(PACK, seed)), COMPANY, id, "company-1");
    }

    @Test
    void radarHoldsTheThreeDomainScoresWithTheirNamesAndScoresOnTheAxes() {
        ScoreCard card = card("a-2025", 1);
        JFreeChart chart = DomainRadarChart.of(card, PACK, EN, STYLE);
        CategoryDataset data = ((SpiderWebPlot) chart.getPlot()).getDataset();
        assertThat(data.getColumnCount()).isEqualTo(3);
        for (ScoreCard.DomainResult d : card.domains()) {
            int column = data.getColumnIndex(new ChartKey(d.id(), ""));
            assertThat(data.getValue(0, column).doubleValue()).isEqualTo(d.score());
            assertThat(data.getColumnKey(column).toString()).endsWith(" " + EN.score(d.score()));
        }
        assertThat(data.getColumnKey(0).toString()).startsWith("Environment");
        assertThat(chart.getTitle().getText()).isEqualTo("Scores by domain");
        assertDrawn(chart);
    }

    @Test
    void radarInVietnameseOverAnEarlierAssessmentHasTwoSeriesAndVietnameseNames() {
        ScoreCard earlier = card("a-2025", 2);
        ScoreCard later = card("a-2026", 5);
        JFreeChart chart = DomainRadarChart.of(later, "2026", earlier, "2025", PACK, VI, STYLE);
        CategoryDataset data = ((SpiderWebPlot) chart.getPlot()).getDataset();
        assertThat(data.getRowCount()).isEqualTo(2);
        assertThat(data.getRowKey(1).toString()).isEqualTo("Lần trước (2025)");
        int social = data.getColumnIndex(new ChartKey("social", ""));
        assertThat(data.getValue(1, social).doubleValue()).isEqualTo(earlier.domain("social").orElseThrow().score());
        assertThat(data.getColumnKey(0).toString()).startsWith("Môi trường");
        assertThat(chart.getTitle().getText()).isEqualTo("Điểm theo lĩnh vực");
        assertThat(chart.getLegend()).isNotNull();
        assertDrawn(chart);
    }

    @Test
    void kpiBandChartShowsTheValueOverFourWordedBandsWithSourceAndYear() {
        ScoreCard card = card("a", 3);
        Question water = PACK.question("env.water.intensity").orElseThrow();
        ScoreCard.KpiResult result = card.kpi(water.id()).orElseThrow();
        assertThat(result.value()).as("the sample answers define the water intensity").isNotNull();
        JFreeChart chart = KpiBandChart.of(water, result, PACK, EN, STYLE);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getValue(0, 0).doubleValue()).isEqualTo(result.value());
        List<String> legend = legendWords(plot.getFixedLegendItems());
        String best = EN.number(water.kpi().benchmark().best());
        assertThat(legend).containsExactly("best practice \u2264 " + best,
                "above typical " + best + "\u2013" + EN.number(water.kpi().benchmark().typical()),
                "below typical " + EN.number(water.kpi().benchmark().typical()) + "\u2013" + EN.number(water.kpi().benchmark().poor()),
                "poor \u2265 " + EN.number(water.kpi().benchmark().poor()));
        assertThat(plot.getRangeMarkers(Layer.BACKGROUND)).hasSize(4);
        IntervalMarker bestStrip = (IntervalMarker) plot.getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertThat(bestStrip.getEndValue()).isEqualTo(water.kpi().benchmark().best());
        String label = plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0);
        assertThat(label).contains(EN.band(result.band())).contains(water.kpi().unit());
        String subtitle = ((TextTitle) chart.getSubtitle(1)).getText();
        assertThat(subtitle).contains(PACK.source(water.kpi().benchmark().sourceId()).orElseThrow().citation())
                .contains("(" + water.kpi().benchmark().year() + ")");
        assertDrawn(chart);
    }

    @Test
    void trackedKpiHasNoBandsAndSaysItIsNotScored() {
        ScoreCard card = card("a", 3);
        Question turnover = PACK.question("soc.satisfaction.turnover").orElseThrow();
        assertThat(turnover.kpi().tracked()).isTrue();
        JFreeChart chart = KpiBandChart.of(turnover, card.kpi(turnover.id()).orElseThrow(), PACK, VI, STYLE);
        assertThat(chart.getCategoryPlot().getRangeMarkers(Layer.BACKGROUND)).isNull();
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo(VI.get("kpi.nobenchmark"));
        assertThat(chart.getTitle().getText()).isEqualTo(turnover.text().in("vi"));
        assertDrawn(chart);
    }

    @Test
    void trendHasOnePointPerAssessmentAGapWhereUndefinedAndTheTargetWithItsDate() {
        Question water = PACK.question("env.water.intensity").orElseThrow();
        ScoreCard first = card("a1", 1);
        ScoreCard unanswered = Scorer.score(PACK, Answers.none(), COMPANY, "a2", "company-1");
        ScoreCard third = card("a3", 4);
        Target target = new Target("t1", water.id(), 60, LocalDate.of(2026, 12, 31), "");
        JFreeChart chart = KpiTrendChart.of(water, List.of(new KpiTrendChart.Point("2024", first),
                new KpiTrendChart.Point("2025", unanswered), new KpiTrendChart.Point("2026", third)), target, VI, STYLE);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnCount()).isEqualTo(3);
        assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(first.kpi(water.id()).orElseThrow().value());
        assertThat(data.getValue(0, 1)).isNull();
        assertThat(data.getColumnKey(2).toString()).isEqualTo("2026");
        assertThat(labels(chart.getCategoryPlot().getRangeMarkers(Layer.FOREGROUND)))
                .containsExactly("Chỉ tiêu 60 đến 31/12/2026");
        assertThat(labels(chart.getCategoryPlot().getRangeMarkers(Layer.BACKGROUND)))
                .containsExactly("thực hành tốt nhất", "phổ biến", "kém");
        assertDrawn(chart);
    }

    @Test
    void deltaChartsCarryEveryDomainAndTopicDeltaWithASignedLabel() {
        ScoreCard earlier = card("a-2025", 2);
        ScoreCard later = card("a-2026", 7);
        Progress progress = Progress.between(earlier, later);
        JFreeChart domains = DeltaChart.domains(progress, PACK, "2025", "2026", VI, STYLE);
        CategoryPlot plot = domains.getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(3);
        for (int c = 0; c < 3; c++) {
            Progress.Delta d = progress.domains().get(c);
            assertThat(plot.getDataset().getValue(0, c).doubleValue()).isEqualTo(d.delta());
            String label = plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, c);
            assertThat(label).isEqualTo(VI.delta(d.delta())).matches("[+\u2212\u00b1]\\d+,\\d");
        }
        assertThat(domains.getTitle().getText()).isEqualTo("Thay đổi theo lĩnh vực: 2025 \u2192 2026");
        assertDrawn(domains);
        JFreeChart topics = DeltaChart.topics(progress, PACK, "2025", "2026", EN, STYLE);
        assertThat(topics.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(progress.topics().size());
        assertDrawn(topics);
    }

    @Test
    void kpiScoresChartHasEveryScoredKpiAndNoOther() {
        ScoreCard card = card("a", 5);
        JFreeChart chart = KpiScoresChart.of(card, PACK, EN, STYLE);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        List<ScoreCard.KpiResult> scored = card.kpis().stream().filter(k -> k.score() != null).toList();
        assertThat(scored).isNotEmpty();
        assertThat(data.getColumnCount()).isEqualTo(scored.size());
        assertThat(legendWords(chart.getCategoryPlot().getFixedLegendItems()))
                .containsExactly("poor 0", "below typical \u2264 50", "above typical > 50", "best practice 100");
        for (ScoreCard.KpiResult k : scored) {
            assertThat(data.getValue(new ChartKey("score", ""), new ChartKey(k.id(), "")).doubleValue()).isEqualTo(k.score());
        }
        assertDrawn(chart);
    }

    @Test
    void theCallersFontReachesEveryText() {
        Font font = new Font(Font.SERIF, Font.PLAIN, 14);
        JFreeChart chart = DomainRadarChart.of(card("a", 1), PACK, EN, new ChartStyle(font));
        assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(font.getFamily());
        assertThat(chart.getTitle().getFont().getSize2D()).isGreaterThan(14f);
        assertThat(((SpiderWebPlot) chart.getPlot()).getLabelFont().getFamily()).isEqualTo(font.getFamily());
    }

    @Test
    void numbersDatesAndMoneyFollowTheLanguage() {
        assertThat(VI.number(1234.5)).isEqualTo("1.234,5");
        assertThat(EN.number(1234.5)).isEqualTo("1,234.5");
        assertThat(VI.date(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
        assertThat(EN.date(LocalDate.of(2026, 12, 31))).isEqualTo("31 Dec 2026");
        assertThat(VI.money(12_500_000.4, "VND")).isEqualTo("12.500.000 VND");
        assertThat(EN.delta(-3.04)).isEqualTo("\u22123.0");
        assertThat(EN.delta(0.04)).isEqualTo("\u00b10.0");
        assertThat(EN.score(null)).isEqualTo("\u2013");
        assertThat(VI.band(org.triadcsr.model.scoring.Band.POOR)).isEqualTo("kém");
    }

    private static List<String> legendWords(org.jfree.chart.LegendItemCollection items) {
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            words.add(items.get(i).getLabel());
        }
        return words;
    }

    private static List<String> labels(java.util.Collection<?> markers) {
        return markers.stream().map(m -> ((Marker) m).getLabel()).toList();
    }

    /** Rendered headless at a window's size: the image must hold drawing, not only the white background. */
    private static void assertDrawn(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(640, 400);
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).as("pixels drawn").isGreaterThan(500);
    }
}
