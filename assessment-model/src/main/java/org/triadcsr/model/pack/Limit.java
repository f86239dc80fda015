package org.triadcsr.model.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.triadcsr.model.company.WageRegion;

/**
 * A legal or standard limit on a question (spec v1.1 §5). Exactly one rule per limit: {@code required} (yes/no
 * questions), {@code forbidden} options (choice questions), a {@code minLevel} (maturity questions), or a
 * {@code bound} that is a minimum or maximum on the KPI value or on one input ({@code inputId}). {@code from}
 * and {@code until} (inclusive, either may be null) say when the limit is in force.
 */
public record Limit(Bound bound, String requiredAnswer, String inputId, Severity severity, Text basis,
                    List<String> forbidden, Integer minLevel, LocalDate from, LocalDate until) {

    public Limit {
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    }

    /** The v1.0 shape: a bound or a required answer, always in force. */
    public Limit(Bound bound, String requiredAnswer, String inputId, Severity severity, Text basis) {
        this(bound, requiredAnswer, inputId, severity, basis, List.of(), null, null, null);
    }

    /** Whether the limit has a {@code from} or {@code until} date. */
    public boolean dated() {
        return from != null || until != null;
    }

    /**
     * Whether the limit is in force on {@code day}. An undated limit always is; a dated one never is on an
     * unknown day (a period that has no dates).
     */
    public boolean inForceOn(LocalDate day) {
        if (!dated()) {
            return true;
        }
        return day != null && (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** The limit's rule in a few words, e.g. {@code max 200 (ot_year_h)} or {@code forbidden: untreated}. */
    public String describe() {
        String rule;
        if (bound != null) {
            rule = (bound.isMax() ? "max " : "min ") + bound.describe() + (inputId == null ? "" : " (" + inputId + ")");
        } else if (requiredAnswer != null) {
            rule = "required " + requiredAnswer;
        } else if (!forbidden.isEmpty()) {
            rule = "forbidden: " + String.join(", ", forbidden);
        } else {
            rule = "min level " + minLevel;
        }
        if (from != null) {
            rule += " from " + from;
        }
        if (until != null) {
            rule += " until " + until;
        }
        return rule;
    }

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

        String describe() {
            if (value != null) {
                return KpiInput.plain(value);
            }
            StringBuilder b = new StringBuilder();
            for (WageRegion r : WageRegion.values()) {
                if (byRegion.containsKey(r)) {
                    b.append(b.length() == 0 ? "" : ", ").append(r.name()).append(' ').append(KpiInput.plain(byRegion.get(r)));
                }
            }
            return "{" + b + "}";
        }
    }
}
