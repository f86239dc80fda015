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
        if (q.kpi().benchmark() != null) {
            towardsBenchmark(q, inputs, BAND_POSITIONS[i % BAND_POSITIONS.length]);
        }
        return new AnswerValue.KpiInputs(inputs);
    }

    /** Where a benchmarked KPI lands: typical + k · (poor − typical); negative k is on the best side. */
    private static final double[] BAND_POSITIONS = {-0.8, 0.4, -0.3, 0.9, 0.1, -1.2};

    /**
     * Scales one input (the first the value is proportional or inversely proportional to, within its allowed
     * range) so the KPI lands at a plausible place among its benchmark values, as real figures would.
     */
    private static void towardsBenchmark(Question q, Map<String, InputValue> inputs, double k) {
        var b = q.kpi().benchmark();
        double target = b.typical() + k * (b.poor() - b.typical());
        Map<String, Double> figures = new HashMap<>();
        inputs.forEach((id, v) -> figures.put(id, ((InputValue.Annual) v).value()));
        Double value = q.kpi().formula().evaluate(figures);
        if (value == null || value == 0 || target <= 0) {
            return;
        }
        for (KpiInput input : q.kpi().inputs()) {
            double figure = figures.get(input.id());
            Map<String, Double> doubled = new HashMap<>(figures);
            doubled.put(input.id(), figure * 2);
            Double v2 = q.kpi().formula().evaluate(doubled);
            if (v2 == null) {
                continue;
            }
            double scaled = Math.abs(v2 - 2 * value) < 1e-9 * Math.abs(value) ? figure * target / value
                    : Math.abs(v2 - value / 2) < 1e-9 * Math.abs(value) ? figure * value / target : Double.NaN;
            if (input.accepts(scaled)) {
                inputs.put(input.id(), new InputValue.Annual(scaled));
                return;
            }
        }
    }
}
