package org.triadcsr.model.scoring;

import java.util.Locale;

/** Where a KPI value sits against its sector benchmark (spec §4). */
public enum Band {
    BEST_PRACTICE, ABOVE_TYPICAL, BELOW_TYPICAL, POOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
