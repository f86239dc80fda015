package org.triadcsr.model.pack;

/**
 * One named input of a KPI formula. {@code monthly}: the form asks for it per month first. {@code annualOnly}
 * (pack field {@code "entry": "annual"}): the input only makes sense as one figure for the whole period, such as
 * the most overtime any one worker did in the year, so entering it by month is refused.
 */
public record KpiInput(String id, Text text, String unit, Aggregate aggregate, boolean monthly, double min, Double max,
                       boolean annualOnly) {

    /** The v1.0 shape: monthly or annual entry both allowed. */
    public KpiInput(String id, Text text, String unit, Aggregate aggregate, boolean monthly, double min, Double max) {
        this(id, text, unit, aggregate, monthly, min, max, false);
    }

    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && (max == null || value <= max);
    }

    public String allowedRange() {
        return max == null ? "a number ≥ " + plain(min) : "a number from " + plain(min) + " to " + plain(max);
    }

    /** A number as people write it in messages: no trailing ".0". */
    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
