package org.triadcsr.model.pack;

public enum Direction {
    LOWER_IS_BETTER, HIGHER_IS_BETTER;

    public String id() {
        return this == LOWER_IS_BETTER ? "lower_is_better" : "higher_is_better";
    }

    /** True when {@code a} is strictly better than {@code b} in this direction. */
    public boolean better(double a, double b) {
        return this == LOWER_IS_BETTER ? a < b : a > b;
    }
}
