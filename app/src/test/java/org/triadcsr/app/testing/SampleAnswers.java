package org.triadcsr.app.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.KpiInput;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;

/**
 * Valid answers to every question of a real pack, varied by a seed so that two assessments differ: maturity
 * levels, yes/no, options and KPI inputs all move with the seed. Every value is within the pack's allowed ranges.
 */
public final class SampleAnswers {
    private SampleAnswers() {
    }

    public static List<Answer> forPack(Pack pack, int seed) {
        List<Answer> answers = new ArrayList<>();
        int i = seed;
        for (Question q : pack.questions()) {
            i++;
            AnswerValue value = switch (q.kind()) {
                case MATURITY -> new AnswerValue.Level(i % 5);
                case YESNO -> i % 3 == 0 ? AnswerValue.YesNo.NO : AnswerValue.YesNo.YES;
                case CHOICE -> new AnswerValue.Choice(q.options().get(i % q.options().size()).id());
                case KPI -> kpi(q, i);
            };
            answers.add(Answer.of(q.id(), value));
        }
        return answers;
    }

    private static AnswerValue kpi(Question q, int i) {
        Map<String, InputValue> inputs = new HashMap<>();
        int j = 0;
        for (KpiInput input : q.kpi().inputs()) {
            j++;
            double v = input.max() != null ? input.min() + (input.max() - input.min()) * (0.3 + 0.1 * ((i + j) % 6))
                    : Math.max(input.min(), 1) * (40 + 13 * ((i * 7 + j * 3) % 11));
            inputs.put(input.id(), new InputValue.Annual(Math.round(v * 10) / 10.0));
        }
        return new AnswerValue.KpiInputs(inputs);
    }
}
