package org.triadcsr.app.report.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import org.triadcsr.app.report.ReportTexts;

/** Every page's footer, drawn when the content is laid out: who, which assessment, the fingerprint, the page. */
final class PageFooters {
    static final float SIZE = 6.8f;

    private PageFooters() {
    }

    static void add(ReportDocument r) {
        int pages = r.pdf.getNumberOfPages();
        ReportTexts t = r.primary();
        String line = t.get("footer.line", r.model.company().name(), r.model.assessment().period(), r.model.fingerprint());
        for (int i = 1; i <= pages; i++) {
            PdfPage page = r.pdf.getPage(i);
            Rectangle box = page.getPageSize();
            PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), r.pdf);
            canvas.openTag(new CanvasArtifact());
            canvas.setStrokeColor(ReportDocument.MUTED).setLineWidth(0.4f)
                    .moveTo(36, 30).lineTo(box.getWidth() - 36, 30).stroke();
            canvas.beginText().setFontAndSize(r.fonts.regular(), SIZE).setFillColor(ReportDocument.MUTED)
                    .moveText(36, 20).showText(line).endText();
            String number = t.get("footer.page", i, pages);
            float width = r.fonts.regular().getWidth(number, SIZE);
            canvas.beginText().setFontAndSize(r.fonts.regular(), SIZE)
                    .moveText(box.getWidth() - 36 - width, 20).showText(number).endText();
            canvas.closeTag();
            canvas.release();
        }
    }
}
