package org.triadcsr.app.report;

import java.nio.file.Path;
import java.util.List;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** {@link PdfValidation} for tests in other packages. */
public final class PdfValidationAccess {
    private PdfValidationAccess() {
    }

    public static List<String> failures(Path file, PDFAFlavour flavour) throws Exception {
        return PdfValidation.failures(file, flavour);
    }
}
