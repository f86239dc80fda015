package org.triadcsr.app.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.app.report.chart.ChartStyle;
import org.triadcsr.app.report.chart.ChartText;
import org.triadcsr.app.report.chart.DeltaChart;
import org.triadcsr.app.report.chart.DomainRadarChart;
import org.triadcsr.app.report.chart.KpiBandChart;
import org.triadcsr.app.report.chart.KpiScoresChart;
import org.triadcsr.app.report.chart.KpiTrendChart;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.progress.Target;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * The report's charts, built by the shared builders of {@code org.triadcsr.app.report.chart} (the window draws
 * the same ones) in the report's first language with its embedded font, and drawn as vector graphics. A chart
 * with nothing to show is never drawn: "–" and the reason stand in its place.
 */
final class ReportCharts extends ChartSlot {
    private static final float SMALL_HEIGHT = 120;

    private static ChartText text(ReportDocument r) {
        return ChartText.forLocale(Locale.forLanguageTag(r.primary().language()));
    }

    private static ChartStyle style() {
        return new ChartStyle(ReportFonts.awt(false, 9));
    }

    @Override
    void radar(ReportDocument r) {
        ScoreCard card = r.model.card();
        if (card.domains().stream().allMatch(d -> d.score() == null)) {
            r.paragraph(t -> t.numbers().points(null, t.get("undefined.noScoredTopic")));
            return;
        }
        ReportModel.Comparison previous = r.model.previous().orElse(null);
        JFreeChart chart = DomainRadarChart.of(card, r.model.assessment().period(),
                previous == null ? null : previous.card(), previous == null ? null : previous.assessment().period(),
                r.model.pack(), text(r), style());
        draw(r, chart, t -> t.get("summary.radar.alt", String.join(", ", r.model.pack().domains().stream()
                .map(d -> t.text(d.name()) + " " + t.numbers().points(card.domain(d.id()).map(ScoreCard.DomainResult::score)
                        .orElse(null), t.get("undefined.noScoredTopic"))).toList())));
    }

    @Override
    void kpis(ReportDocument r) {
        ScoreCard card = r.model.card();
        List<ScoreCard.KpiResult> scored = card.kpis().stream().filter(k -> k.score() != null).toList();
        if (scored.isEmpty()) {
            r.paragraph(t -> t.numbers().points(null, t.get("kpi.chart.none")));
            return;
        }
        draw(r, KpiScoresChart.of(card, r.model.pack(), text(r), style()), t -> t.get("kpi.chart.alt", String.join(", ",
                scored.stream().map(k -> k.id() + " " + t.numbers().points(k.score(), null)).toList())));
        for (ScoreCard.KpiResult k : card.kpis()) {
            Question q = r.model.pack().question(k.id()).orElseThrow();
            if (k.value() == null || q.kpi().benchmark() == null) {
                continue;
            }
            draw(r, KpiBandChart.of(q, k, r.model.pack(), text(r), style()), SMALL_HEIGHT, t -> t.get("kpi.band.alt",
                    t.text(q.text()), t.numbers().value(k.value(), null), k.unit(), k.band() == null ? "–"
                            : t.get("band." + k.band().id())));
        }
    }

    @Override
    void progress(ReportDocument r, ReportModel.Comparison c) {
        Progress p = c.progress();
        String earlier = c.assessment().period();
        String later = r.model.assessment().period();
        if (p.domains().stream().anyMatch(d -> d.delta() != null)) {
            draw(r, DeltaChart.domains(p, r.model.pack(), earlier, later, text(r), style()), t -> t.get("progress.chart.alt",
                    String.join(", ", p.domains().stream().map(d -> d.id() + " " + t.numbers().delta(d.delta(),
                            t.get("undefined.notComputable"))).toList())));
        }
        if (p.topics().stream().anyMatch(d -> d.delta() != null)) {
            draw(r, DeltaChart.topics(p, r.model.pack(), earlier, later, text(r), style()), t -> t.get("progress.topics.alt",
                    earlier, later));
        }
    }

    @Override
    void targets(ReportDocument r) {
        List<KpiTrendChart.Point> points = new ArrayList<>();
        r.model.history().forEach(h -> points.add(new KpiTrendChart.Point(h.assessment().period(), h.card())));
        points.add(new KpiTrendChart.Point(r.model.assessment().period(), r.model.card()));
        for (Target target : r.model.targets()) {
            Question q = r.model.pack().question(target.kpiQuestionId()).orElse(null);
            if (q == null || points.stream().map(p -> p.card().kpi(q.id()).map(ScoreCard.KpiResult::value).orElse(null))
                    .allMatch(Objects::isNull)) {
                continue;
            }
            draw(r, KpiTrendChart.of(q, points, target, text(r), style()), t -> t.get("progress.trend.alt", t.text(q.text()),
                    t.numbers().value(target.value(), null), q.kpi().unit()));
        }
    }
}
