package org.triadcsr.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.report.pdf.DataAttachment;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.exchange.AssessmentFingerprint;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.portfolio.CompanyFile;

/** The attached data round-trips to the same assessment, and verify fails on any change. */
class ReportIntegrityTest {
    @TempDir
    static Path dir;
    static ReportModel model;
    static Path pdf;
    static ReportFixtures.Made made;

    @BeforeAll
    static void report() throws Exception {
        made = ReportFixtures.textile(dir);
        try (Workspace ws = Workspace.openForReading(made.file())) {
            model = ReportModelLoader.load(ws, made.followUp(), ReportFixtures.CLOCK);
        }
        pdf = dir.resolve("report.pdf");
        ReportFile.write(model, ReportLanguage.EN, pdf);
    }

    @Test
    void theAttachmentIsTheAssessmentWithItsAnswersAndEvidence() throws Exception {
        String json;
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            json = DataAttachment.read(doc).orElseThrow();
        }
        ExchangeDocument exchange = ExchangeReader.read(json);
        assertThat(exchange.companies()).hasSize(1);
        CompanyFile company = exchange.companies().get(0);
        assertThat(company.company().name()).isEqualTo(ReportFixtures.COMPANY_NAME);
        assertThat(company.assessments()).hasSize(1);
        CompanyFile.AssessmentFile a = company.assessments().get(0);
        assertThat(a.assessment().id()).isEqualTo(made.followUp());
        try (Workspace ws = Workspace.openForReading(made.file())) {
            assertThat(new HashSet<>(a.answers())).isEqualTo(new HashSet<>(ws.answers().of(made.followUp()).all()));
            assertThat(a.evidence()).isEqualTo(ws.evidence().of(made.followUp()));
        }
        assertThat(AssessmentFingerprint.of(company.company().id(), a)).isEqualTo(model.fingerprint());
    }

    @Test
    void verifyAgreesWithAnUntouchedReport() {
        ReportVerifier.Result result = ReportVerifier.verify(pdf);
        assertThat(result.outcome()).isEqualTo(ReportVerifier.Outcome.AGREES);
        assertThat(result.assessmentId()).isEqualTo(made.followUp());
        assertThat(result.printed()).isEqualTo(model.fingerprint());
    }

    @Test
    void verifyFailsWhenTheAttachedDataWasChanged() throws Exception {
        Path changed = dir.resolve("changed.pdf");
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()), new PdfWriter(changed.toFile()))) {
            PdfStream data = attachment(doc).orElseThrow();
            String json = new String(data.getBytes(), StandardCharsets.UTF_8);
            data.setData(json.replace("\"answer\" : \"no\"", "\"answer\" : \"yes\"").getBytes(StandardCharsets.UTF_8));
        }
        ReportVerifier.Result result = ReportVerifier.verify(changed);
        assertThat(result.outcome()).isEqualTo(ReportVerifier.Outcome.DATA_CHANGED);
        assertThat(result.computed()).isNotEqualTo(result.printed());
    }

    @Test
    void verifyFailsOnAPdfWithoutDataAndOnAFileThatIsNoPdf() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        try (PdfDocument doc = new PdfDocument(new PdfWriter(plain.toFile()))) {
            doc.addNewPage();
        }
        assertThat(ReportVerifier.verify(plain).outcome()).isEqualTo(ReportVerifier.Outcome.NO_DATA);
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "not a pdf");
        assertThat(ReportVerifier.verify(junk).outcome()).isEqualTo(ReportVerifier.Outcome.UNREADABLE);
    }

    static Optional<PdfStream> attachment(PdfDocument doc) {
        return doc.getCatalog().getNameTree(PdfName.EmbeddedFiles).getNames().values().stream()
                .map(o -> ((PdfDictionary) o).getAsDictionary(PdfName.EF).getAsStream(PdfName.F)).findFirst();
    }
}
