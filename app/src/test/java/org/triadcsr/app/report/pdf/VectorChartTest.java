package org.triadcsr.app.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.report.ReportFixtures;
import org.triadcsr.app.report.ReportLanguage;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.app.report.ReportModelLoader;
import org.triadcsr.app.store.Workspace;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A chart in the report: vector, with its Vietnamese text real and extractable, and the file still PDF/A and UA. */
class VectorChartTest {
    @TempDir
    static Path dir;
    static ReportModel model;

    @BeforeAll
    static void model() {
        ReportFixtures.Made made = ReportFixtures.textile(dir);
        try (Workspace ws = Workspace.openForReading(made.file())) {
            model = ReportModelLoader.load(ws, made.followUp(), ReportFixtures.CLOCK);
        }
    }

    static JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(66, "Điểm", "Môi trường");
        data.addValue(78, "Điểm", "Xã hội");
        data.addValue(54, "Điểm", "Năng suất");
        JFreeChart chart = ChartFactory.createBarChart("Điểm theo lĩnh vực", null, null, data);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(ReportFonts.awt(true, 14));
        theme.setLargeFont(ReportFonts.awt(false, 11));
        theme.setRegularFont(ReportFonts.awt(false, 9));
        theme.apply(chart);
        return chart;
    }

    @Test
    void aChartIsVectorTextThatReadsBackInVietnameseAndThePdfStillConforms() throws Exception {
        Path pdf = dir.resolve("chart.pdf");
        ChartSlot charts = new ChartSlot() {
            @Override
            void radar(ReportDocument r) {
                draw(r, chart(), Words.plain("Biểu đồ cột điểm theo lĩnh vực"));
            }
        };
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfReport.write(model, ReportLanguage.VI, out, charts);
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(2))).contains("Điểm theo lĩnh vực", "Môi trường", "Năng suất");
        }
        assertThat(org.triadcsr.app.report.PdfValidationAccess.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(org.triadcsr.app.report.PdfValidationAccess.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void thePngFallbackIsTwiceTheSizeAndOpaque() {
        var image = VectorChart.png(chart(), 200, 100);
        assertThat(image.getImageWidth()).isEqualTo(400);
        assertThat(image.getImageHeight()).isEqualTo(200);
    }
}
