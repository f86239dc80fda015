package org.triadcsr.app.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.triadcsr.app.selftest.SelfTestResult.Outcome;

/**
 * Runs the self-test's steps in order in a fresh temporary folder, timing each. After a failure the remaining
 * steps are not run, except the last one, which always cleans up. Prints nothing: each result goes to a
 * listener (the command line prints it).
 */
public final class SelfTest {
    private static final System.Logger LOG = System.getLogger(SelfTest.class.getName());
    private final List<SelfTestStep> steps;
    private final SelfTestStep cleanup;

    /** The given steps, then {@code cleanup}, which runs whatever happened before it. */
    public SelfTest(List<SelfTestStep> steps, SelfTestStep cleanup) {
        this.steps = List.copyOf(steps);
        this.cleanup = cleanup;
    }

    /** Triad's own steps, as {@link SelfTestSteps} lists them. */
    public static SelfTest standard() {
        return new SelfTest(SelfTestSteps.main(), SelfTestSteps.cleanup());
    }

    public int size() {
        return steps.size() + 1;
    }

    /** Runs every step, reporting each result as it is known; returns them all. */
    public List<SelfTestResult> run(Path scratchParent, Locale language, Consumer<SelfTestResult> listener)
            throws IOException {
        SelfTestState state = new SelfTestState(Files.createTempDirectory(scratchParent, "triad-selftest-"), language);
        List<SelfTestResult> results = new ArrayList<>();
        Set<String> usable = new HashSet<>();
        boolean failed = false;
        for (SelfTestStep step : steps) {
            SelfTestResult result;
            if (!step.available() || !usable.containsAll(step.requires())) {
                result = SelfTestResult.skipped(step, Outcome.UNAVAILABLE);
            } else if (failed) {
                result = SelfTestResult.skipped(step, Outcome.NOT_RUN);
            } else {
                result = runOne(step, state);
                failed = result.outcome() == Outcome.FAILED;
            }
            if (result.outcome() != Outcome.UNAVAILABLE) {
                usable.add(step.key());
            }
            results.add(result);
            listener.accept(result);
        }
        SelfTestResult last = runOne(cleanup, state);
        results.add(last);
        listener.accept(last);
        return results;
    }

    private static SelfTestResult runOne(SelfTestStep step, SelfTestState state) {
        long start = System.nanoTime();
        try {
            Object[] detail = step.action().run(state);
            return new SelfTestResult(step, Outcome.PASSED, elapsed(start), Arrays.asList(detail), null);
        } catch (Exception | LinkageError | AssertionError e) {
            LOG.log(System.Logger.Level.ERROR, "self-test step " + step.key() + " failed", e);
            return new SelfTestResult(step, Outcome.FAILED, elapsed(start), List.of(), e);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** True when no step failed or was skipped after a failure (unavailable steps do not fail the run). */
    public static boolean passed(List<SelfTestResult> results) {
        return results.stream().noneMatch(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.NOT_RUN);
    }
}
