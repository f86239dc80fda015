package org.triadcsr.model.scoring;

import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.Direction;

/** The piecewise-linear benchmark score and band of a KPI value (spec §4). */
public final class BenchmarkScale {
    private BenchmarkScale() {
    }

    public static double score(double value, Benchmark b, Direction direction) {
        // Higher-is-better is the mirror image: negate everything and use the lower-is-better rule.
        double s = direction == Direction.HIGHER_IS_BETTER ? -1 : 1;
        double v = s * value;
        double best = s * b.best();
        double typical = s * b.typical();
        double poor = s * b.poor();
        if (v <= best) {
            return 100;
        }
        if (v <= typical) {
            return 100 - 50 * (v - best) / (typical - best);
        }
        if (v < poor) {
            return 50 - 50 * (v - typical) / (poor - typical);
        }
        return 0;
    }

    public static Band band(double value, Benchmark b, Direction direction) {
        double s = direction == Direction.HIGHER_IS_BETTER ? -1 : 1;
        double v = s * value;
        if (v <= s * b.best()) {
            return Band.BEST_PRACTICE;
        }
        if (v < s * b.typical()) {
            return Band.ABOVE_TYPICAL;
        }
        return v < s * b.poor() ? Band.BELOW_TYPICAL : Band.POOR;
    }
}
