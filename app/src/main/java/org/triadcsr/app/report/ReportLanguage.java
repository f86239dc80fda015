package org.triadcsr.app.report;

import java.util.List;
import java.util.Locale;

/** The language(s) of a report: English, Vietnamese, or both side by side. */
public enum ReportLanguage {
    EN, VI, BOTH;

    /** {@code en}, {@code vi} or {@code both}, any case; null if the text is none of them. */
    public static ReportLanguage parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "vi" -> VI;
            case "both" -> BOTH;
            default -> null;
        };
    }

    /** The language tags printed, in column order. */
    public List<String> tags() {
        return switch (this) {
            case EN -> List.of("en");
            case VI -> List.of("vi");
            case BOTH -> List.of("en", "vi");
        };
    }

    /** The document's main language (the PDF catalog's {@code /Lang}). */
    public String documentTag() {
        return this == VI ? "vi" : "en";
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
