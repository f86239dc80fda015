package org.triadcsr.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.triadcsr.app.store.Workspace;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfReportTest {
    @TempDir
    static Path dir;
    static ReportFixtures.Made made;
    static ReportModel model;

    @BeforeAll
    static void workspace() {
        made = ReportFixtures.textile(dir);
        try (Workspace ws = Workspace.openForReading(made.file())) {
            model = ReportModelLoader.load(ws, made.followUp(), ReportFixtures.CLOCK);
        }
    }

    /** The PDFs are kept in target/report-samples, to be looked at after the build. */
    static Path write(ReportLanguage language) throws Exception {
        Path out = Path.of("target", "report-samples", "report-" + language.id() + ".pdf");
        ReportFile.write(model, language, out);
        return out;
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void veraPdfFindsNoFailedRuleForPdfA3aAndPdfUa1(ReportLanguage language) throws Exception {
        Path pdf = write(language);
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void everyPageCarriesTheFingerprint() throws Exception {
        PdfText text = PdfText.of(write(ReportLanguage.EN));
        assertThat(text.pages()).hasSizeGreaterThan(3).allSatisfy(p -> assertThat(p).contains(model.fingerprint()));
    }
}
