package org.triadcsr.app.report.pdf;

import com.itextpdf.layout.element.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triadcsr.model.pack.Mapping;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.Source;

/** The method in plain words, the pack's sources, the framework index, and the signature block. */
final class MethodSection {
    private MethodSection() {
    }

    static void add(ReportDocument r) {
        r.heading(1, Words.key("method.heading"));
        for (int i = 1; i <= 4; i++) {
            r.paragraph(Words.key("method." + i));
        }
        r.heading(2, Words.key("method.sources"));
        Table sources = r.table(new float[] {6, 1, 0.6f}, Words.key("kpi.source"), Words.plain("URL"), Words.plain("A/B/C"));
        for (Source s : r.model.pack().sources()) {
            sources.addCell(r.plainCell(s.citation() + ", " + s.year()));
            sources.addCell(r.plainCell(s.url() == null || s.url().isBlank() ? "–" : s.url()));
            sources.addCell(r.plainCell(s.quality() == null ? "–" : s.quality()));
        }
        if (r.model.pack().sources().isEmpty()) {
            sources.addCell(r.plainCell("–")).addCell(r.plainCell("–")).addCell(r.plainCell("–"));
        }
        r.doc.add(sources);
        frameworks(r);
        signatures(r);
    }

    private static void frameworks(ReportDocument r) {
        r.heading(1, Words.key("framework.heading"));
        r.paragraph(Words.key("framework.intro"));
        Map<String, Map<String, List<String>>> index = new TreeMap<>();
        for (Question q : r.model.pack().questions()) {
            for (Mapping m : q.mappings()) {
                index.computeIfAbsent(m.framework(), k -> new TreeMap<>())
                        .computeIfAbsent(m.ref(), k -> new java.util.ArrayList<>()).add(q.id());
            }
        }
        if (index.isEmpty()) {
            r.paragraph(Words.key("framework.none"));
            return;
        }
        Table table = r.table(new float[] {1.4f, 1.4f, 5}, Words.key("framework.framework"), Words.key("framework.ref"),
                Words.key("framework.questions"));
        index.forEach((framework, refs) -> refs.forEach((ref, ids) -> {
            table.addCell(r.plainCell(framework));
            table.addCell(r.plainCell(ref));
            table.addCell(r.plainCell(String.join(", ", ids)));
        }));
        r.doc.add(table);
    }

    private static void signatures(ReportDocument r) {
        r.heading(1, Words.key("signature.heading"));
        r.paragraph(Words.key("signature.text"));
        Table table = r.table(new float[] {1, 2, 2}, Words.plain(""), Words.key("signature.company"),
                Words.key("signature.consultant"));
        for (String key : List.of("signature.name", "signature.date", "signature.sign")) {
            table.addCell(r.cell(Words.key(key), true).setMinHeight("signature.sign".equals(key) ? 48 : 26));
            table.addCell(r.plainCell(" "));
            table.addCell(r.plainCell(" "));
        }
        table.setKeepTogether(true);
        r.doc.add(table);
    }
}
