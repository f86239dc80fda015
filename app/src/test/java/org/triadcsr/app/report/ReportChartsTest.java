package org.triadcsr.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;

/** The report's charts are tagged figures with alternative text in the report's language, drawn as vectors. */
class ReportChartsTest {
    @TempDir
    Path dir;

    @Test
    void everyChartIsAFigureWithAlternativeTextAndTheRadarReadsBack() throws Exception {
        ReportFixtures.Made made = ReportFixtures.textile(dir);
        ReportModel model;
        try (Workspace ws = Workspace.openForReading(made.file())) {
            model = ReportModelLoader.load(ws, made.followUp(), ReportFixtures.CLOCK);
        }
        Path pdf = dir.resolve("vi.pdf");
        ReportFile.write(model, ReportLanguage.VI, pdf);
        List<String> alts = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            collect(doc.getStructTreeRoot().getKids(), alts);
        }
        // radar, KPI scores, one band chart per benchmarked KPI with a value, domain and topic deltas, target trends
        assertThat(alts).hasSizeGreaterThanOrEqualTo(6);
        assertThat(alts).allSatisfy(a -> assertThat(a).isNotBlank().doesNotContain("null"));
        assertThat(alts).anySatisfy(a -> assertThat(a).startsWith("Biểu đồ radar điểm của ba lĩnh vực"));
        String text = PdfText.of(pdf).all();
        assertThat(text).contains("Môi trường " + Math.round(model.card().domain("environment").orElseThrow().score()));
    }

    private static void collect(List<IStructureNode> kids, List<String> alts) {
        if (kids == null) {
            return;
        }
        for (IStructureNode kid : kids) {
            if (kid instanceof PdfStructElem elem) {
                if (PdfName.Figure.equals(elem.getRole())) {
                    alts.add(elem.getAlt() == null ? "" : elem.getAlt().toUnicodeString());
                }
                collect(elem.getKids(), alts);
            }
        }
    }
}
