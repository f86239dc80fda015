package org.triadcsr.app.report.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.layout.font.FontProvider;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans (SIL OFL 1.1, licence in {@code fonts/OFL.txt}), which covers every Vietnamese letter, embedded
 * and subset in every report. The font files are read once per process.
 */
public final class ReportFonts {
    public static final String FAMILY = "Noto Sans";
    private static final byte[] REGULAR = load("NotoSans-Regular.ttf");
    private static final byte[] BOLD = load("NotoSans-Bold.ttf");
    /** Symbols Noto Sans lacks (≤, ≥ in legal bases) come from DejaVu Sans. */
    private static final byte[] FALLBACK = load("DejaVuSans.ttf");
    static final String[] FAMILIES = {FAMILY, "DejaVu Sans"};
    /** Parsed once per process (parsing a font's tables is a large part of a report's time); shared by documents. */
    private static final FontProgram REGULAR_PROGRAM = program(REGULAR);
    private static final FontProgram BOLD_PROGRAM = program(BOLD);
    private static final FontProgram FALLBACK_PROGRAM = program(FALLBACK);
    private final PdfFont regular;
    private final FontProvider provider;

    private ReportFonts(PdfFont regular, FontProvider provider) {
        this.regular = regular;
        this.provider = provider;
    }

    /** Fonts for one document (an iText font belongs to one PDF). */
    static ReportFonts create() {
        return new ReportFonts(PdfFontFactory.createFont(REGULAR_PROGRAM, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED), provider());
    }

    /** The fonts the layout chooses from, glyph by glyph: Noto Sans first, then DejaVu Sans. */
    FontProvider fontProvider() {
        return provider;
    }

    private static FontProgram program(byte[] bytes) {
        try {
            return FontProgramFactory.createFont(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font cannot be read", e);
        }
    }

    PdfFont regular() {
        return regular;
    }

    /** For SVG charts: without it iText falls back to Times and drops Vietnamese letters. */
    static FontProvider provider() {
        FontProvider provider = new FontProvider(FAMILY);
        provider.addFont(REGULAR_PROGRAM, PdfEncodings.IDENTITY_H);
        provider.addFont(BOLD_PROGRAM, PdfEncodings.IDENTITY_H);
        provider.addFont(FALLBACK_PROGRAM, PdfEncodings.IDENTITY_H);
        return provider;
    }

    /** The same font for chart text drawn with AWT. */
    public static Font awt(boolean isBold, float size) {
        try (InputStream in = new ByteArrayInputStream(isBold ? BOLD : REGULAR)) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the bundled font cannot be read", e);
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("/org/triadcsr/app/report/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
