package org.triadcsr.model.pack;

import java.util.Map;
import org.triadcsr.model.company.WageRegion;

/**
 * A legal or standard limit on a question. Exactly one of: {@code required} (yes/no questions), or a
 * {@code bound} that is a minimum or maximum on the KPI value or on one input ({@code inputId}).
 */
public record Limit(Bound bound, String requiredAnswer, String inputId, Severity severity, Text basis) {

    /** A min or max bound: one number, or one per minimum-wage region. */
    public record Bound(boolean isMax, Double value, Map<WageRegion, Double> byRegion) {
        public Bound {
            byRegion = byRegion == null ? Map.of() : Map.copyOf(byRegion);
        }

        /**
         * The bound for a company in {@code region}. With a regional table and no known region, the lowest
         * minimum (or highest maximum) is used, so any flag raised is a breach in every region.
         */
        public double valueFor(WageRegion region) {
            if (value != null) {
                return value;
            }
            if (region != null && byRegion.containsKey(region)) {
                return byRegion.get(region);
            }
            return isMax ? byRegion.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    : byRegion.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        public boolean breachedBy(double v, WageRegion region) {
            double bound = valueFor(region);
            return isMax ? v > bound : v < bound;
        }
    }
}
