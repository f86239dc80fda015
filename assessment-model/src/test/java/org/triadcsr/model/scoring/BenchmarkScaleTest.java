package org.triadcsr.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.Direction;

class BenchmarkScaleTest {
    private static final Benchmark LOWER = new Benchmark(50, 100, 200, "s", 2020);
    private static final Benchmark HIGHER = new Benchmark(90, 60, 40, "s", 2020);

    @ParameterizedTest(name = "lower is better: v={0} scores {1}, band {2}")
    @CsvSource({
        "0,     100, BEST_PRACTICE",
        "50,    100, BEST_PRACTICE",   // exactly best
        "75,    75,  ABOVE_TYPICAL",
        "100,   50,  BELOW_TYPICAL",   // exactly typical is below_typical and scores 50
        "150,   25,  BELOW_TYPICAL",
        "199.9, 0.05, BELOW_TYPICAL",
        "200,   0,   POOR",            // exactly poor
        "1000,  0,   POOR"})
    void lowerIsBetter(double v, double score, Band band) {
        assertThat(BenchmarkScale.score(v, LOWER, Direction.LOWER_IS_BETTER)).isCloseTo(score, within(1e-9));
        assertThat(BenchmarkScale.band(v, LOWER, Direction.LOWER_IS_BETTER)).isEqualTo(band);
    }

    @ParameterizedTest(name = "higher is better: v={0} scores {1}, band {2}")
    @CsvSource({
        "100, 100, BEST_PRACTICE",
        "90,  100, BEST_PRACTICE",
        "75,  75,  ABOVE_TYPICAL",
        "60,  50,  BELOW_TYPICAL",
        "50,  25,  BELOW_TYPICAL",
        "40,  0,   POOR",
        "0,   0,   POOR"})
    void higherIsBetterMirrors(double v, double score, Band band) {
        assertThat(BenchmarkScale.score(v, HIGHER, Direction.HIGHER_IS_BETTER)).isCloseTo(score, within(1e-9));
        assertThat(BenchmarkScale.band(v, HIGHER, Direction.HIGHER_IS_BETTER)).isEqualTo(band);
    }
}
