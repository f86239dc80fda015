package org.triadcsr.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.KpiInput;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;

/** Seeded random answers for property tests: reproducible, and each failing case can be printed. */
public final class Randomised {
    public static final long SEED = 20261122L;
    public static final int CASES = 500;

    private Randomised() {
    }

    /** A random valid value for {@code q} (N/A only where allowed), or null for "unanswered". */
    public static AnswerValue value(Question q, Random r) {
        if (r.nextInt(6) == 0) {
            return null;
        }
        if (q.allowNA() && r.nextInt(8) == 0) {
            return new AnswerValue.NotApplicable("random");
        }
        return switch (q.kind()) {
            case MATURITY -> new AnswerValue.Level(r.nextInt(5));
            case YESNO -> new AnswerValue.YesNo(q.partialAllowed() && r.nextBoolean() ? "partial" : r.nextBoolean() ? "yes" : "no");
            case CHOICE -> new AnswerValue.Choice(q.options().get(r.nextInt(q.options().size())).id());
            case KPI -> {
                Map<String, InputValue> inputs = new HashMap<>();
                for (KpiInput input : q.kpi().inputs()) {
                    double upper = input.max() == null ? 10_000_000 : input.max();
                    double v = r.nextInt(10) == 0 ? 0 : input.min() + r.nextDouble() * (upper - input.min()) / (1 + r.nextInt(1000));
                    inputs.put(input.id(), new InputValue.Annual(v));
                }
                yield new AnswerValue.KpiInputs(inputs);
            }
        };
    }

    public static List<Answer> answers(Pack pack, Random r) {
        List<Answer> answers = new ArrayList<>();
        for (Question q : pack.questions()) {
            AnswerValue v = value(q, r);
            if (v != null) {
                answers.add(Answer.of(q.id(), v));
            }
        }
        return answers;
    }
}
