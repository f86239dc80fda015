package org.triadcsr.app.report.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.properties.Leading;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import org.triadcsr.app.env.AppInfo;
import org.triadcsr.app.report.ReportLanguage;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.app.report.ReportTexts;

/**
 * Writes the report as PDF/A-3a (tagged, the assessment's exchange JSON attached as associated data), also
 * declaring PDF/UA-1: Noto Sans embedded, document language set, charts with alternative text, the
 * fingerprint in every page's footer.
 */
public final class PdfReport {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfReport() {
    }

    public static void write(ReportModel model, ReportLanguage language, OutputStream out) {
        write(model, language, out, new ReportCharts());
    }

    static void write(ReportModel model, ReportLanguage language, OutputStream out, ChartSlot charts) {
        WriterProperties properties = new WriterProperties().addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1)
                .setFullCompressionMode(true);
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
        PdfADocument pdf = new PdfADocument(new PdfWriter(out, properties), PdfAConformance.PDF_A_3A, intent);
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(language.documentTag()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        ReportTexts texts = ReportTexts.of(language.tags().get(0));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(texts.get("doc.title", model.company().name(), model.assessment().period()));
        info.setSubject(texts.get("doc.subject"));
        info.setAuthor(ReportTexts.nfc(model.assessment().assessor() == null ? model.company().name()
                : model.assessment().assessor()));
        info.setCreator(AppInfo.NAME + " " + AppInfo.version());
        info.setKeywords("fingerprint:" + model.fingerprint());
        DataAttachment.embed(pdf, model.exchangeJson());
        ReportFonts fonts = ReportFonts.create();
        Document doc = new Document(pdf, PageSize.A4, false);
        doc.setMargins(40, 36, 48, 36);
        doc.setFontProvider(fonts.fontProvider());
        doc.setFontFamily(ReportFonts.FAMILIES).setFontSize(9.5f);
        doc.setProperty(Property.LEADING, new Leading(Leading.MULTIPLIED, 1.2f));
        ReportDocument r = new ReportDocument(model, language, doc, pdf, fonts);
        CoverSection.add(r);
        SummarySection.add(r, charts);
        FlagsSection.add(r);
        DomainChapters.add(r);
        KpiSection.add(r, charts);
        ProgressSection.add(r, charts);
        ActionSection.add(r);
        MethodSection.add(r);
        PageFooters.add(r);
        doc.close();
    }
}
