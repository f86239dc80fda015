package org.triadcsr.app.report.pdf;

import com.itextpdf.layout.element.Table;
import java.util.List;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.portfolio.ImprovementAction.ActionStatus;

/** The action plan, open then done, with cost and expected savings; and what moves the score most. */
final class ActionSection {
    private ActionSection() {
    }

    static void add(ReportDocument r) {
        r.heading(1, Words.key("actions.heading"));
        List<ImprovementAction> all = r.model.actions();
        if (all.isEmpty()) {
            r.paragraph(Words.key("actions.none"));
        } else {
            list(r, "actions.open", all.stream().filter(a -> a.status() != ActionStatus.DONE).toList());
            list(r, "actions.done", all.stream().filter(a -> a.status() == ActionStatus.DONE).toList());
        }
        MovesSection.add(r);
    }

    private static void list(ReportDocument r, String key, List<ImprovementAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        r.heading(2, Words.key(key));
        Table table = r.table(new float[] {3.5f, 1.4f, 1.1f, 1.2f, 1.3f, 1.3f}, Words.key("actions.title"),
                Words.key("actions.owner"), Words.key("actions.due"), Words.key("actions.status"), Words.key("actions.cost"),
                Words.key("actions.savings"));
        for (ImprovementAction a : actions) {
            table.addCell(r.plainCell(a.title()));
            table.addCell(r.plainCell(CoverSection.orDash(a.owner())));
            table.addCell(r.plainCell(a.due() == null ? "–" : a.due().toString()));
            table.addCell(r.cell(Words.key("action." + a.status().id())));
            table.addCell(r.number(money(a.cost(), a.currency())));
            table.addCell(r.number(money(a.expectedSavings(), a.currency())));
        }
        r.doc.add(table);
    }

    private static Words money(Double amount, String currency) {
        return t -> amount == null ? "–" : t.numbers().value(amount, null) + (currency == null ? "" : " " + currency);
    }
}
