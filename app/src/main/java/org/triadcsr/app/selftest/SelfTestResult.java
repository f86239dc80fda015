package org.triadcsr.app.selftest;

import java.util.List;

/**
 * How one step went, how long it took, the arguments of its detail text, and for a failed step what was
 * thrown (the command line words it for the user).
 */
public record SelfTestResult(SelfTestStep step, Outcome outcome, long millis, List<Object> detail, Throwable failure) {

    public SelfTestResult {
        detail = List.copyOf(detail);
    }

    static SelfTestResult skipped(SelfTestStep step, Outcome outcome) {
        return new SelfTestResult(step, outcome, 0, List.of(), null);
    }

    public enum Outcome {
        PASSED,
        FAILED,
        /** Not in this build, or it needs a step that is not. */
        UNAVAILABLE,
        /** Not tried because an earlier step failed. */
        NOT_RUN
    }
}
