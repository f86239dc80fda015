package org.triadcsr.app.report.pdf;

import com.itextpdf.layout.element.Table;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.progress.Target;
import org.triadcsr.model.scoring.ScoreCard;

/** Progress against the previous assessment and the baseline (spec §8 deltas), KPI trends, targets. */
final class ProgressSection {
    private ProgressSection() {
    }

    static void add(ReportDocument r, ChartSlot charts) {
        r.heading(1, Words.key("progress.heading"));
        if (r.model.comparisons().isEmpty()) {
            r.paragraph(Words.key("progress.none"));
        }
        Pack pack = r.model.pack();
        for (ReportModel.Comparison c : r.model.comparisons()) {
            boolean isPrevious = r.model.previous().map(p -> p.assessment().id().equals(c.assessment().id())).orElse(false);
            r.heading(2, t -> t.get("progress.against", t.get(isPrevious ? "progress.previous" : "progress.baseline"),
                    c.assessment().period(), c.assessment().id()));
            Progress p = c.progress();
            Table table = r.table(new float[] {4, 1, 1, 1.2f}, Words.key("progress.item"), Words.key("progress.earlier"),
                    Words.key("progress.later"), Words.key("progress.delta"));
            row(r, table, Words.key("progress.overall"), c.card().overall(), r.model.card().overall(), p.overallDelta());
            for (Progress.Delta d : p.domains()) {
                row(r, table, t -> pack.domains().stream().filter(x -> x.id().equals(d.id())).findFirst()
                        .map(x -> t.text(x.name())).orElse(d.id()), d.earlier(), d.later(), d.delta());
            }
            for (Progress.Delta d : p.topics()) {
                row(r, table, t -> "  " + pack.domains().stream().flatMap(x -> x.topics().stream())
                        .filter(x -> x.id().equals(d.id())).findFirst().map(x -> t.text(x.name())).orElse(d.id()),
                        d.earlier(), d.later(), d.delta());
            }
            r.doc.add(table);
            charts.progress(r, c);
            kpis(r, p, pack);
        }
        targets(r, pack);
        charts.targets(r);
    }

    private static void row(ReportDocument r, Table table, Words label, Double earlier, Double later, Double delta) {
        table.addCell(r.cell(label));
        table.addCell(r.number(t -> t.numbers().points(earlier, t.get("undefined.noScoredTopic"))));
        table.addCell(r.number(t -> t.numbers().points(later, t.get("undefined.noScoredTopic"))));
        table.addCell(r.number(t -> t.numbers().delta(delta, t.get("undefined.notComputable"))));
    }

    private static void kpis(ReportDocument r, Progress p, Pack pack) {
        if (p.kpis().isEmpty()) {
            return;
        }
        r.heading(2, Words.key("progress.kpis"));
        Table table = r.table(new float[] {4, 1.3f, 1.3f, 1.2f}, Words.key("kpi.kpi"), Words.key("progress.earlier"),
                Words.key("progress.later"), Words.key("progress.kpi.change"));
        for (Progress.KpiChange k : p.kpis()) {
            String unit = pack.question(k.id()).map(q -> q.kpi().unit()).orElse("");
            table.addCell(r.cell(t -> Describe.questionText(pack, k.id()).in(t) + " (" + unit + ")"));
            table.addCell(r.number(t -> t.numbers().value(k.earlier(), t.get("undefined.unanswered"))));
            table.addCell(r.number(t -> t.numbers().value(k.later(), t.get("undefined.unanswered"))));
            table.addCell(r.number(t -> t.numbers().changePercent(k.changePercent(), t.get(
                    k.earlier() != null && k.earlier() == 0 ? "undefined.zeroBaseline" : "undefined.notComputable"))));
        }
        r.doc.add(table);
    }

    private static void targets(ReportDocument r, Pack pack) {
        r.heading(2, Words.key("progress.targets"));
        if (r.model.targets().isEmpty()) {
            r.paragraph(Words.key("progress.targets.none"));
            return;
        }
        Table table = r.table(new float[] {3.4f, 1, 1.1f, 1.1f, 1.1f, 1.1f}, Words.key("progress.target.kpi"),
                Words.key("progress.target.value"), Words.key("progress.target.due"), Words.key("progress.target.baseline"),
                Words.key("progress.target.current"), Words.key("progress.target.attainment"));
        Double current;
        for (Target target : r.model.targets()) {
            current = r.model.card().kpi(target.kpiQuestionId()).map(ScoreCard.KpiResult::value).orElse(null);
            Double now = current;
            Double baseline = r.model.baseline().flatMap(b -> b.card().kpi(target.kpiQuestionId()))
                    .map(ScoreCard.KpiResult::value).orElse(null);
            Double attainment = target.attainment(baseline, now);
            String unit = pack.question(target.kpiQuestionId()).map(q -> " " + q.kpi().unit()).orElse("");
            table.addCell(r.cell(Describe.questionText(pack, target.kpiQuestionId())));
            table.addCell(r.number(t -> t.numbers().value(target.value(), null) + unit));
            table.addCell(r.cell(Words.plain(target.due() == null ? "–" : target.due().toString())));
            table.addCell(r.number(t -> t.numbers().value(baseline, t.get("undefined.noBaseline"))));
            table.addCell(r.number(t -> t.numbers().value(now, t.get("undefined.unanswered"))));
            table.addCell(r.number(t -> t.numbers().percent(attainment, t.get(baseline == null ? "undefined.noBaseline"
                    : now == null ? "undefined.unanswered" : "undefined.targetMet"))));
        }
        r.doc.add(table);
    }
}
