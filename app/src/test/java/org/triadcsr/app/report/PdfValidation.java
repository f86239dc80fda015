package org.triadcsr.app.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in-process: a file's failed rules against one flavour (empty when it conforms). */
final class PdfValidation {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidation() {
    }

    static List<String> failures(Path file, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(file);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
        }
    }
}
