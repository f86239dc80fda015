package org.triadcsr.model.improvement;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.KpiValue;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * The next better answer of an answered KPI: inputs that put its value at the next target, where the target is
 * the breached bound of a flag on the KPI value (just inside it), else the next benchmark reference value
 * (typical from below typical or poor, best from above typical). The inputs are the current period figures with
 * one input scaled, the first one the value is proportional (or inversely proportional) to, so the formula
 * reaches the target exactly. A KPI the scaling cannot reach (no such input) has no step.
 */
final class KpiStep {
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private KpiStep() {
    }

    static Optional<AnswerValue> after(Question q, AnswerValue current, ScoreCard card) {
        if (!(current instanceof AnswerValue.KpiInputs inputs)) {
            return Optional.empty();
        }
        Kpi kpi = q.kpi();
        KpiValue now = KpiValue.of(kpi, inputs);
        if (now.value() == null) {
            return Optional.empty();
        }
        Double target = target(q, now.value(), card);
        if (target == null) {
            return Optional.empty();
        }
        return scaled(kpi, now, target).map(figures -> {
            Map<String, InputValue> annual = new HashMap<>();
            figures.forEach((id, v) -> annual.put(id, new InputValue.Annual(v)));
            return new AnswerValue.KpiInputs(annual);
        });
    }

    private static Double target(Question q, double value, ScoreCard card) {
        for (Flag f : card.flags()) {
            if (f.questionId().equals(q.id()) && f.bound() != null && valueLimit(q, f)) {
                return f.bound();
            }
        }
        if (q.kpi().tracked()) {
            return null;
        }
        double score = card.kpi(q.id()).map(ScoreCard.KpiResult::score).orElse(100.0);
        if (score >= 100) {
            return null;
        }
        return score < 50 ? q.kpi().benchmark().typical() : q.kpi().benchmark().best();
    }

    /** Whether the flag comes from a limit on the KPI value itself (not on one input), which a value step can clear. */
    private static boolean valueLimit(Question q, Flag f) {
        return q.limits().stream().anyMatch(l -> l.bound() != null && l.inputId() == null && l.severity() == f.severity()
                && l.basis().equals(f.basis()));
    }

    /** The period figures with one input scaled so the formula gives {@code target}, if one input allows it. */
    static Optional<Map<String, Double>> scaled(Kpi kpi, KpiValue now, double target) {
        double value = now.value();
        if (value == 0) {
            return Optional.empty();
        }
        for (String id : kpi.formula().variables()) {
            Double figure = now.inputs().get(id);
            if (figure == null || figure == 0) {
                continue;
            }
            Map<String, Double> doubled = new HashMap<>(now.inputs());
            doubled.put(id, figure * 2);
            Double v2 = kpi.formula().evaluate(doubled);
            if (v2 == null) {
                continue;
            }
            double factor;
            if (close(v2, value * 2)) {
                factor = target / value;
            } else if (close(v2, value / 2)) {
                factor = value / target;
            } else {
                continue;
            }
            if (!(factor > 0) || Double.isInfinite(factor)) {
                continue;
            }
            Map<String, Double> figures = new HashMap<>(now.inputs());
            figures.put(id, figure * factor);
            return Optional.of(figures);
        }
        return Optional.empty();
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

}
