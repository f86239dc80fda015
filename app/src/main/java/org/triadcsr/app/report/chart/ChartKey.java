package org.triadcsr.app.report.chart;

/**
 * A row or column key of a chart's dataset: equal by {@code id} (a series id, a domain, topic or question id),
 * shown as its localised {@code label}, so callers and tests find a value by id whatever the language.
 */
public record ChartKey(String id, String label) implements Comparable<ChartKey> {
    @Override
    public String toString() {
        return label;
    }

    @Override
    public int compareTo(ChartKey other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartKey k && k.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
