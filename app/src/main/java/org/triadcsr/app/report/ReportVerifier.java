package org.triadcsr.app.report;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triadcsr.app.report.pdf.DataAttachment;
import org.triadcsr.model.exchange.AssessmentFingerprint;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeException;
import org.triadcsr.model.exchange.ExchangeReader;

/**
 * Checks a Triad report: the fingerprint recomputed from the attached data ({@link AssessmentFingerprint},
 * docs/integrity.md) must equal the one printed in the footer of every page. Anything else (data changed, a footer changed, no data, not a PDF) is a failure.
 */
public final class ReportVerifier {
    private static final Pattern FINGERPRINT = Pattern.compile("\\b[0-9a-f]{64}\\b");

    private ReportVerifier() {
    }

    public enum Outcome {
        /** Data and fingerprint agree on every page. */
        AGREES,
        /** The attached data does not give the fingerprint printed on the pages. */
        DATA_CHANGED,
        /** The pages do not all print the same fingerprint, or a page prints none. */
        PAGES_DIFFER,
        /** The PDF has no Triad data attached, or the data is not a readable exchange file. */
        NO_DATA,
        /** The file cannot be read as a PDF. */
        UNREADABLE
    }

    /** The outcome, the fingerprint printed (null if none), the one computed (null if no data), the assessment. */
    public record Result(Outcome outcome, String printed, String computed, String assessmentId, String company,
                         String period, int pages) {
        public boolean agrees() {
            return outcome == Outcome.AGREES;
        }
    }

    public static Result verify(Path file) {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            List<String> printed = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                Matcher m = FINGERPRINT.matcher(PdfTextExtractor.getTextFromPage(pdf.getPage(i)));
                printed.add(m.find() ? m.group() : null);
            }
            String first = printed.isEmpty() ? null : printed.get(0);
            int pages = printed.size();
            Optional<String> json = DataAttachment.read(pdf);
            if (json.isEmpty()) {
                return new Result(Outcome.NO_DATA, first, null, null, null, null, pages);
            }
            ExchangeDocument doc;
            try {
                doc = ExchangeReader.read(json.get());
            } catch (ExchangeException | RuntimeException e) {
                return new Result(Outcome.NO_DATA, first, null, null, null, null, pages);
            }
            if (doc.companies().size() != 1 || doc.companies().get(0).assessments().size() != 1) {
                return new Result(Outcome.NO_DATA, first, null, null, null, null, pages);
            }
            var company = doc.companies().get(0);
            var assessment = company.assessments().get(0).assessment();
            String computed = AssessmentFingerprint.of(company.company().id(), company.assessments().get(0));
            Outcome outcome = printed.isEmpty() || printed.stream().anyMatch(p -> p == null || !p.equals(first))
                    ? Outcome.PAGES_DIFFER : first.equals(computed) ? Outcome.AGREES : Outcome.DATA_CHANGED;
            return new Result(outcome, first, computed, assessment.id(), company.company().name(), assessment.period(), pages);
        } catch (IOException | RuntimeException e) {
            return new Result(Outcome.UNREADABLE, null, null, null, null, null, 0);
        }
    }
}
