package org.triadcsr.model.progress;

import java.time.LocalDate;

/** A company's target value for a KPI question, due by a date (spec §8). */
public record Target(String id, String kpiQuestionId, double value, LocalDate due, String note) {

    /**
     * Attainment against the baseline v0: (v0 − v) / (v0 − t), clamped to [0, 1]; the same formula serves both
     * directions. Undefined (null) if v0 = t or a value is undefined.
     */
    public Double attainment(Double baseline, Double current) {
        if (baseline == null || current == null || baseline == value) {
            return null;
        }
        double a = (baseline - current) / (baseline - value);
        return Math.max(0, Math.min(1, a));
    }
}
