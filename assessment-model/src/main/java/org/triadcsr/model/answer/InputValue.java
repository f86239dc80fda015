package org.triadcsr.model.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A KPI input entered as one figure for the period, or month by month (null for a month not entered). */
public sealed interface InputValue permits InputValue.Annual, InputValue.Monthly {

    record Annual(double value) implements InputValue {
    }

    /** Exactly 12 entries, January first; null marks a month not entered. */
    record Monthly(List<Double> months) implements InputValue {
        public Monthly {
            if (months.size() != 12) {
                throw new IllegalArgumentException("monthly values need 12 entries, got " + months.size());
            }
            months = Collections.unmodifiableList(new ArrayList<>(months));
        }

        public List<Integer> missingMonths() {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (months.get(i) == null) {
                    missing.add(i + 1);
                }
            }
            return missing;
        }
    }
}
