package org.triadcsr.model.scoring;

import java.util.Locale;

public enum QuestionStatus {
    /** Answered and scored. */
    SCORED,
    /** A KPI with a defined value but no benchmark: shown and compared, not scored. */
    TRACKED,
    /** Answered not applicable. */
    NA,
    /** No answer, or a KPI whose value is undefined. */
    UNANSWERED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean countsAsAnswered() {
        return this != UNANSWERED;
    }
}
