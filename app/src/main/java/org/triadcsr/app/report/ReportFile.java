package org.triadcsr.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.triadcsr.app.report.pdf.PdfReport;

/** Writes a report file atomically: to a temporary file beside it, then moved into place. */
public final class ReportFile {
    private ReportFile() {
    }

    public static void write(ReportModel model, ReportLanguage language, Path target) throws IOException {
        writeWith(target, out -> PdfReport.write(model, language, out));
    }

    /** Any bytes, atomically. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeWith(target, out -> out.write(bytes));
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeWith(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stay on the report.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
