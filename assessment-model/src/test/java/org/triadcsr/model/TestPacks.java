package org.triadcsr.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.PackInvalidException;
import org.triadcsr.model.pack.PackReader;

/** The small test pack and shorthand for answers. */
public final class TestPacks {
    private TestPacks() {
    }

    public static String json() {
        try (InputStream in = TestPacks.class.getResourceAsStream("test-pack.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Pack pack() {
        try {
            return PackReader.read(json(), "test-pack.json");
        } catch (PackInvalidException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The v1.1 test pack: limits on every kind, several and dated limits, an annual-only input, a C benchmark. */
    public static String jsonV11() {
        try (InputStream in = TestPacks.class.getResourceAsStream("test-pack-v11.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Pack packV11() {
        try {
            return PackReader.read(jsonV11(), "test-pack-v11.json");
        } catch (PackInvalidException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Answer monthlyInput(String q, String input, Double... months) {
        return Answer.of(q, new AnswerValue.KpiInputs(Map.of(input, monthly(months))));
    }

    public static Answer level(String q, int level) {
        return Answer.of(q, new AnswerValue.Level(level));
    }

    public static Answer yesNo(String q, String answer) {
        return Answer.of(q, new AnswerValue.YesNo(answer));
    }

    public static Answer choice(String q, String option) {
        return Answer.of(q, new AnswerValue.Choice(option));
    }

    public static Answer na(String q) {
        return Answer.of(q, new AnswerValue.NotApplicable("not relevant"));
    }

    public static Answer annual(String q, Object... idValuePairs) {
        Map<String, InputValue> inputs = new java.util.HashMap<>();
        for (int i = 0; i < idValuePairs.length; i += 2) {
            inputs.put((String) idValuePairs[i], new InputValue.Annual(((Number) idValuePairs[i + 1]).doubleValue()));
        }
        return Answer.of(q, new AnswerValue.KpiInputs(inputs));
    }

    public static InputValue.Monthly monthly(Double... months) {
        return new InputValue.Monthly(java.util.Arrays.asList(months));
    }
}
