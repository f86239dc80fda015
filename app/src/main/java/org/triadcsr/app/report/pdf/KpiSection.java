package org.triadcsr.app.report.pdf;

import com.itextpdf.layout.element.Table;
import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.Source;
import org.triadcsr.model.scoring.QuestionStatus;
import org.triadcsr.model.scoring.ScoreCard;

/** KPIs against their sector benchmarks: value, unit, band, reference values, source and year, score. */
final class KpiSection {
    private KpiSection() {
    }

    static void add(ReportDocument r, ChartSlot charts) {
        r.heading(1, Words.key("kpi.heading"));
        ScoreCard card = r.model.card();
        if (card.kpis().isEmpty()) {
            r.paragraph(Words.key("kpi.none"));
            return;
        }
        Pack pack = r.model.pack();
        Table table = r.table(new float[] {3.2f, 1.2f, 1, 1.5f, 1.6f, 2.2f, 1.1f}, Words.key("kpi.kpi"),
                Words.key("kpi.value"), Words.key("kpi.unit"), Words.key("kpi.band"), Words.key("kpi.benchmark"),
                Words.key("kpi.source"), Words.key("kpi.score"));
        for (ScoreCard.KpiResult k : card.kpis()) {
            Question q = pack.question(k.id()).orElseThrow();
            table.addCell(r.cell(t -> t.text(q.text())));
            table.addCell(r.number(t -> t.numbers().value(k.value(), t.get(k.detail() == null || k.detail().inputs().isEmpty()
                    ? "undefined.unanswered" : "undefined.notComputable"))));
            table.addCell(r.cell(Words.plain(k.unit())));
            table.addCell(r.cell(Describe.band(k)));
            Benchmark b = q.kpi().benchmark();
            table.addCell(r.number(b == null ? Words.plain("–")
                    : t -> t.numbers().value(b.best(), null) + " / " + t.numbers().value(b.typical(), null) + " / "
                    + t.numbers().value(b.poor(), null)));
            table.addCell(r.cell(b == null ? Words.plain("–") : Words.plain(source(pack, b))));
            QuestionStatus status = card.question(k.id()).map(ScoreCard.QuestionResult::status).orElseThrow();
            table.addCell(r.number(t -> t.numbers().points(k.score(), status == QuestionStatus.TRACKED
                    ? t.get("undefined.trackedShort") : Describe.reason(status, t))));
        }
        r.doc.add(table);
        charts.kpis(r);
    }

    private static String source(Pack pack, Benchmark b) {
        Source s = pack.source(b.sourceId()).orElse(null);
        return s == null ? b.sourceId() + ", " + b.year() : s.citation() + ", " + b.year()
                + (s.quality() == null ? "" : " (" + s.quality() + ")");
    }
}
