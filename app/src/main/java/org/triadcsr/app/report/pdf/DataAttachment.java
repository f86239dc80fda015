package org.triadcsr.app.report.pdf;

import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNameTree;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** The assessment's exchange JSON, embedded as the PDF/A-3 associated file {@value #NAME} (relationship Data). */
public final class DataAttachment {
    public static final String NAME = "assessment.json";

    private DataAttachment() {
    }

    static void embed(PdfDocument pdf, String json) {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.ModDate, new PdfDate().getPdfObject());
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, json.getBytes(StandardCharsets.UTF_8),
                "Triad exchange file of the assessment", NAME, new PdfName("application/json"), params, PdfName.Data);
        pdf.addAssociatedFile(NAME, spec);
    }

    /** The embedded JSON, if the document has it. */
    public static Optional<String> read(PdfDocument pdf) {
        PdfNameTree tree = pdf.getCatalog().getNameTree(PdfName.EmbeddedFiles);
        for (Map.Entry<com.itextpdf.kernel.pdf.PdfString, PdfObject> e : tree.getNames().entrySet()) {
            if (!NAME.equals(e.getKey().toUnicodeString()) || !(e.getValue() instanceof PdfDictionary spec)) {
                continue;
            }
            PdfDictionary ef = spec.getAsDictionary(PdfName.EF);
            PdfStream stream = ef == null ? null : ef.getAsStream(PdfName.F);
            if (stream != null) {
                return Optional.of(new String(stream.getBytes(), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
