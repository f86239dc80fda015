package org.triadcsr.app.report;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A generated PDF read back: the text of each page, as a reader's tool extracts it. */
record PdfText(List<String> pages) {
    static PdfText of(Path file) {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i)));
            }
            return new PdfText(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages, every run of white space (line wraps too) made one space. */
    String all() {
        return flat(String.join("\n", pages));
    }

    /** The text of the first {@code n} pages, white space made single spaces. */
    String first(int n) {
        return flat(lines(n));
    }

    /** The first {@code n} pages as extracted, line by line. */
    String lines(int n) {
        return String.join("\n", pages.subList(0, Math.min(n, pages.size())));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
