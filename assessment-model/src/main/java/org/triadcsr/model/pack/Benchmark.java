package org.triadcsr.model.pack;

import java.util.Set;

/**
 * Sector reference values of a KPI, strictly ordered for the KPI's direction, with their source and the
 * source's quality (spec v1.1 §4): {@code A} official, regulatory or peer-reviewed; {@code B} industry body, NGO
 * or reputable trade press; {@code C} blog, vendor or forum. Only A and B score; C is indicative.
 */
public record Benchmark(double best, double typical, double poor, String sourceId, int year, String quality) {
    private static final Set<String> SCORING = Set.of("A", "B");

    /** The v1.0 shape, without a quality: such a benchmark scores. */
    public Benchmark(double best, double typical, double poor, String sourceId, int year) {
        this(best, typical, poor, sourceId, year, null);
    }

    /** Whether the benchmark may score a KPI (quality A or B, or not given by a caller of the v1.0 shape). */
    public boolean scores() {
        return quality == null || SCORING.contains(quality);
    }
}
