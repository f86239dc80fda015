package org.triadcsr.app.selftest;

import java.util.List;

/**
 * One step of {@code triad selftest}: its message key (the command line owns the texts), what it does, and
 * the steps whose results it needs. A step that this build cannot do yet is {@link #unavailable}; so is one
 * that needs an unavailable step. Either is reported as not available, never as passed.
 */
public record SelfTestStep(String key, Action action, List<String> requires) {

    /**
     * Does the step's work on the shared state; returns the arguments of the step's detail text (counts, a path),
     * which the command line formats with the pattern {@code KEY.detail} of its bundle.
     */
    @FunctionalInterface
    public interface Action {
        Object[] run(SelfTestState state) throws Exception;
    }

    public SelfTestStep {
        requires = List.copyOf(requires);
    }

    public static SelfTestStep of(String key, Action action, String... requires) {
        return new SelfTestStep(key, action, List.of(requires));
    }

    /** A step whose code is not in this build. */
    public static SelfTestStep unavailable(String key) {
        return new SelfTestStep(key, null, List.of());
    }

    public boolean available() {
        return action != null;
    }
}
