package org.triadcsr.model.scoring;

import java.util.Locale;

/** The overall rating (spec §7). */
public enum Rating {
    LEADER, ADVANCED, DEVELOPING, BEGINNER, INCOMPLETE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Rating forScore(double overall) {
        if (overall >= 80) {
            return LEADER;
        }
        if (overall >= 60) {
            return ADVANCED;
        }
        return overall >= 40 ? DEVELOPING : BEGINNER;
    }
}
