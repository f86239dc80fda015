package org.triadcsr.model.pack;

/** Sector reference values of a KPI, strictly ordered for the KPI's direction, with their source. */
public record Benchmark(double best, double typical, double poor, String sourceId, int year) {
}
