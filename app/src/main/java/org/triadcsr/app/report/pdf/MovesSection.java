package org.triadcsr.app.report.pdf;

import com.itextpdf.layout.element.Table;
import java.util.List;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.improvement.Improvement;
import org.triadcsr.model.improvement.ImprovementRanking;
import org.triadcsr.model.pack.Action;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.KpiValue;

/**
 * "What moves the score most": the model's {@link ImprovementRanking} (each question's next better answer,
 * re-scored with the one scorer), the first {@value #SHOWN} steps with the overall points each gains, the flags
 * it clears and the pack's costed actions for its topic.
 */
final class MovesSection {
    static final int SHOWN = 10;

    private MovesSection() {
    }

    static void add(ReportDocument r) {
        r.heading(2, Words.key("moves.heading"));
        List<Improvement> ranked = ImprovementRanking.rank(r.model.pack(), r.model.answers(),
                r.model.company().profile());
        if (ranked.isEmpty()) {
            r.paragraph(Words.key("moves.none"));
            return;
        }
        r.paragraph(Words.key("moves.intro", Math.min(SHOWN, ranked.size())));
        Table table = r.table(new float[] {3.2f, 2.6f, 0.9f, 1.4f, 2.6f}, Words.key("answer.question"),
                Words.key("moves.step"), Words.key("moves.gain"), Words.key("moves.flags"), Words.key("moves.actions"));
        for (Improvement i : ranked.subList(0, Math.min(SHOWN, ranked.size()))) {
            Question q = r.model.pack().question(i.questionId()).orElseThrow();
            table.addCell(r.cell(t -> t.text(q.text())));
            table.addCell(r.cell(t -> step(q, i, r).in(t)));
            table.addCell(r.number(t -> t.numbers().delta(i.gain(), null)));
            table.addCell(r.cell(t -> i.clearedFlags().isEmpty() ? "–" : String.join(", ", i.clearedFlags().stream()
                    .map(Flag::severity).distinct().map(s -> t.get("severity." + s.id())).toList())));
            table.addCell(r.cell(t -> i.actions().isEmpty() ? "–" : String.join("\n", i.actions().stream()
                    .limit(2).map(a -> action(a, t)).toList())));
        }
        r.doc.add(table);
    }

    private static Words step(Question q, Improvement i, ReportDocument r) {
        Words to = describe(q, i.to(), r);
        if (i.step() == Improvement.Step.ANSWER || i.from() == null) {
            return t -> t.get("moves.answer", to.in(t));
        }
        Words from = describe(q, i.from(), r);
        return t -> t.get("moves.from", from.in(t), to.in(t));
    }

    /** An answer in words; a KPI's inputs as the value they give. */
    private static Words describe(Question q, AnswerValue value, ReportDocument r) {
        if (value instanceof AnswerValue.KpiInputs inputs && q.kpi() != null) {
            Double v = KpiValue.of(q.kpi(), inputs).value();
            return t -> t.numbers().value(v, t.get("undefined.notComputable")) + " " + q.kpi().unit();
        }
        return Describe.answer(q, new Answer(q.id(), value, ""), r.model.card());
    }

    private static String action(Action a, org.triadcsr.app.report.ReportTexts t) {
        return t.get("moves.action", t.text(a.text()), t.numbers().value(a.costMin(), null),
                t.numbers().value(a.costMax(), null), a.currency() == null ? "" : a.currency());
    }
}
