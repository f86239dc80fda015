package org.triadcsr.model.pack;

/** A citation that benchmarks name by id. {@code quality}: A official/peer-reviewed, B industry/NGO, C other. */
public record Source(String id, String citation, String url, int year, String quality) {
}
