package org.triadcsr.model.pack;

import java.time.LocalDate;

/**
 * A suggested improvement action for a topic, with an indicative cost range and the benefit to expect. Since pack
 * format 1.1 the cost also states its {@code costUnit} ({@code total}, {@code per_machine}, {@code per_worker},
 * {@code per_worker_month}, {@code per_month}, {@code per_year}), the source of the figure where one exists, the
 * original figure when it was converted from another currency, and, for investments, the expected yearly
 * savings or the payback time. Empty parts are null.
 */
public record Action(String id, Text text, double costMin, double costMax, String currency, Text benefit,
                     String costUnit, String costSourceId, Conversion conversion, Savings savings, Range paybackYears) {

    /** The v1.0 shape: a total cost, with no source, conversion, savings or payback. */
    public Action(String id, Text text, double costMin, double costMax, String currency, Text benefit) {
        this(id, text, costMin, costMax, currency, benefit, "total", null, null, null, null);
    }

    /** A cost first stated in another currency, converted at {@code rate} units per one unit of {@code from} on {@code date}. */
    public record Conversion(String from, double min, double max, double rate, LocalDate date) {
    }

    /** Expected savings per year, in {@code currency}, with the source of the figure where one exists. */
    public record Savings(double min, double max, String currency, String sourceId) {
    }

    /** A range of numbers, e.g. a payback of 1 to 2 years. */
    public record Range(double min, double max) {
    }
}
