package org.triadcsr.model.company;

/** Enterprise size class per Decree 80/2021/ND-CP, Art. 5 (see docs/scoring.md). */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE, UNKNOWN;

    private record Bounds(int employees, double revenue, double capital) {
    }

    private static final Bounds[] INDUSTRY = {new Bounds(10, 3, 3), new Bounds(100, 50, 20), new Bounds(200, 200, 100)};
    private static final Bounds[] TRADE = {new Bounds(10, 10, 3), new Bounds(50, 100, 50), new Bounds(100, 300, 100)};

    /** The smallest class whose employee bound holds and whose revenue or capital bound holds; else large. */
    public static SizeClass of(CompanyProfile p) {
        if (p.employees() == null) {
            return UNKNOWN;
        }
        Bounds[] table = p.field() == Field.TRADE_SERVICES ? TRADE : INDUSTRY;
        SizeClass[] classes = {MICRO, SMALL, MEDIUM};
        for (int i = 0; i < table.length; i++) {
            Bounds b = table[i];
            boolean revenueWithin = p.revenueBnVnd() != null && p.revenueBnVnd() <= b.revenue();
            boolean capitalWithin = p.capitalBnVnd() != null && p.capitalBnVnd() <= b.capital();
            if (p.employees() <= b.employees() && (revenueWithin || capitalWithin)) {
                return classes[i];
            }
        }
        return LARGE;
    }

    /** Whether {@code advanced} questions are expected: medium, large, or unknown size. */
    public boolean expectsAdvanced() {
        return this == MEDIUM || this == LARGE || this == UNKNOWN;
    }
}
