package org.triadcsr.model.pack;

import java.util.Locale;

public enum QuestionKind {
    MATURITY, YESNO, CHOICE, KPI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
