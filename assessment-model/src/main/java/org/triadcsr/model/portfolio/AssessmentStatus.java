package org.triadcsr.model.portfolio;

import java.util.Locale;

/** A {@code final} assessment is frozen: its answers never change again. */
public enum AssessmentStatus {
    DRAFT, FINAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssessmentStatus of(String id) {
        return switch (id) {
            case "draft" -> DRAFT;
            case "final" -> FINAL;
            default -> throw new IllegalArgumentException("unknown status '" + id + "' (allowed: draft, final)");
        };
    }
}
