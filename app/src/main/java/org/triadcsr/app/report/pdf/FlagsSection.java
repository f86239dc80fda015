package org.triadcsr.app.report.pdf;

import com.itextpdf.layout.element.Table;
import java.util.Comparator;
import java.util.List;
import org.triadcsr.model.scoring.Flag;

/** Every flag with its legal basis, critical first, right after the summary so nothing can hide it. */
final class FlagsSection {
    private FlagsSection() {
    }

    static void add(ReportDocument r) {
        r.heading(1, Words.key("flags.heading"));
        List<Flag> flags = r.model.card().flags().stream().sorted(Comparator.comparing(Flag::severity)).toList();
        if (flags.isEmpty()) {
            r.paragraph(Words.key("flags.none"));
            return;
        }
        r.paragraph(Words.key("flags.intro"));
        Table table = r.table(new float[] {1.1f, 3, 3, 1.3f}, Words.key("flags.severity"), Words.key("flags.question"),
                Words.key("flags.basis"), Words.key("flags.value"));
        for (Flag f : flags) {
            table.addCell(r.cell(Words.key("severity." + f.severity().id()), true).setFontColor(ReportDocument.CRITICAL));
            table.addCell(r.cell(t -> Describe.questionText(r.model.pack(), f.questionId()).in(t) + " (" + f.questionId() + ")"));
            table.addCell(r.cell(t -> t.text(f.basis())));
            table.addCell(r.number(Describe.flagFigures(f, r.model.pack())));
        }
        r.doc.add(table);
    }
}
