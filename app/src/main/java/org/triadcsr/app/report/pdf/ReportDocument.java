package org.triadcsr.app.report.pdf;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import org.triadcsr.app.report.ReportLanguage;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.app.report.ReportTexts;

/**
 * The document being written and the few ways the sections put text on it, each once per language: headings,
 * prose (two columns side by side in a bilingual report), tables whose cells hold every language.
 */
final class ReportDocument {
    static final DeviceRgb ACCENT = new DeviceRgb(0x1F, 0x5C, 0x4A);
    static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x5F, 0x66);
    static final DeviceRgb CRITICAL = new DeviceRgb(0xA3, 0x1D, 0x1D);
    static final DeviceRgb HEADER_FILL = new DeviceRgb(0xE8, 0xEF, 0xEC);
    final ReportModel model;
    final ReportLanguage language;
    final List<ReportTexts> texts;
    final Document doc;
    final PdfDocument pdf;
    final ReportFonts fonts;

    ReportDocument(ReportModel model, ReportLanguage language, Document doc, PdfDocument pdf, ReportFonts fonts) {
        this.model = model;
        this.language = language;
        this.texts = language.tags().stream().map(ReportTexts::of).toList();
        this.doc = doc;
        this.pdf = pdf;
        this.fonts = fonts;
    }

    ReportTexts primary() {
        return texts.get(0);
    }

    /** The texts of every language; one entry when all languages say the same (a number, an id). */
    List<String> versions(Words words) {
        List<String> out = new ArrayList<>();
        for (ReportTexts t : texts) {
            String s = words.in(t);
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** A section heading (H1) or a sub-heading (H2); languages joined by " / " in a bilingual report. */
    void heading(int level, Words words) {
        Paragraph p = bold(new Paragraph(String.join("  /  ", versions(words))))
                .setFontSize(level == 1 ? 15 : 11.5f).setFontColor(ACCENT)
                .setMarginTop(level == 1 ? 14 : 9).setMarginBottom(4);
        p.getAccessibilityProperties().setRole(level == 1 ? StandardRoles.H1 : StandardRoles.H2);
        if (level == 1) {
            p.setKeepWithNext(true);
        }
        doc.add(p);
    }

    /** Bold text, chosen from the font provider (so the fallback font still serves missing glyphs). */
    static <T extends com.itextpdf.layout.IPropertyContainer> T bold(T element) {
        element.setProperty(Property.FONT_WEIGHT, "bold");
        return element;
    }

    /** Prose: one paragraph, or the languages side by side in two columns. */
    void paragraph(Words words) {
        paragraph(words, 9.5f);
    }

    void paragraph(Words words, float size) {
        if (texts.size() == 1) {
            doc.add(new Paragraph(words.in(primary())).setFontSize(size).setMarginBottom(4));
            return;
        }
        Table table = new Table(UnitValue.createPercentArray(new float[] {1, 1})).useAllAvailableWidth().setMarginBottom(4);
        for (ReportTexts t : texts) {
            Paragraph p = new Paragraph(words.in(t)).setFontSize(size);
            p.getAccessibilityProperties().setLanguage(t.language());
            table.addCell(new Cell().add(p).setBorder(null).setPaddingLeft(0).setPaddingRight(8));
        }
        doc.add(table);
    }

    /** A data table with a header row. */
    Table table(float[] widths, Words... headers) {
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setMarginBottom(8);
        for (Words h : headers) {
            table.addHeaderCell(cell(h, true).setBackgroundColor(HEADER_FILL));
        }
        return table;
    }

    Cell cell(Words words) {
        return cell(words, false);
    }

    /** A cell with the text in every language, one under the other (the second in grey). */
    Cell cell(Words words, boolean bold) {
        Cell cell = new Cell().setPadding(3);
        List<String> versions = versions(words);
        for (int i = 0; i < versions.size(); i++) {
            Paragraph p = new Paragraph(versions.get(i)).setFontSize(8.5f).setMargin(0);
            if (bold) {
                p.setProperty(Property.FONT_WEIGHT, "bold");
            }
            if (i > 0) {
                p.setFontColor(MUTED);
                p.getAccessibilityProperties().setLanguage(texts.get(i).language());
            }
            cell.add(p);
        }
        return cell;
    }

    /** A right-aligned cell for figures. */
    Cell number(Words words) {
        return cell(words).setTextAlignment(TextAlignment.RIGHT);
    }

    Cell plainCell(String text) {
        return cell(Words.plain(text));
    }

}
