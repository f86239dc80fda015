package org.triadcsr.app.report.pdf;

import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.time.format.DateTimeFormatter;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.model.pack.Severity;
import org.triadcsr.model.portfolio.AssessmentStatus;

/** Page 1: who, what, when, how it was checked, and the fingerprint. Open flags are counted here already. */
final class CoverSection {
    private CoverSection() {
    }

    static void add(ReportDocument r) {
        ReportModel m = r.model;
        Paragraph title = ReportDocument.bold(new Paragraph(String.join("\n", r.versions(Words.key("cover.title")))))
               .setFontSize(22).setFontColor(ReportDocument.ACCENT).setMarginTop(r.texts.size() > 1 ? 10 : 50);
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        r.doc.add(title);
        r.paragraph(Words.key("cover.subtitle"), 11);
        Table table = new Table(UnitValue.createPercentArray(new float[] {1, 2})).useAllAvailableWidth().setMarginTop(r.texts.size() > 1 ? 10 : 24);
        row(r, table, "cover.company", Words.plain(m.company().name()));
        row(r, table, "cover.sector", t -> t.text(m.pack().name()));
        row(r, table, "cover.province", Words.plain(orDash(m.company().province())));
        row(r, table, "cover.period", Words.plain(m.assessment().period()));
        row(r, table, "cover.pack", Words.plain(m.pack().id() + " " + m.pack().version()));
        row(r, table, "cover.assessor", Words.plain(orDash(m.assessment().assessor())));
        row(r, table, "cover.status", Words.key(m.assessment().status() == AssessmentStatus.FINAL ? "status.final" : "status.draft"));
        row(r, table, "cover.verification", Words.key("cover.verification.self"));
        row(r, table, "cover.issued", Words.plain(m.issued().format(DateTimeFormatter.ISO_LOCAL_DATE)));
        row(r, table, "cover.fingerprint", Words.plain(m.fingerprint()));
        r.doc.add(table);
        long critical = m.card().flags().stream().filter(f -> f.severity() == Severity.CRITICAL).count();
        long major = m.card().flags().size() - critical;
        Paragraph flags = ReportDocument.bold(new Paragraph(String.join("\n", r.versions(Words.key("cover.flags", critical, major)))))
               .setFontSize(11).setMarginTop(18)
                .setFontColor(m.card().flags().isEmpty() ? ReportDocument.ACCENT : ReportDocument.CRITICAL);
        r.doc.add(flags);
        r.paragraph(Words.key("cover.fingerprint.note"), 8.5f);
        r.doc.add(new AreaBreak());
    }

    private static void row(ReportDocument r, Table table, String labelKey, Words value) {
        table.addCell(r.cell(Words.key(labelKey), true).setBorder(null));
        table.addCell(r.cell(value).setBorder(null));
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
