package org.triadcsr.app.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.ChoiceOption;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.KpiInput;
import org.triadcsr.model.pack.Limit;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;

/**
 * Plausible answers for every question of any pack, from one "strength" between 0 (poor) and 1 (best practice)
 * varied per question by a stable hash, so every demo run writes the same data. Legal limits are kept (no flag)
 * unless the caller overrides a question; KPI inputs are solved so the KPI value lands where the strength says.
 */
final class DemoAnswers {
    /** Typical magnitudes per unit, so figures look like a real SME's (the first input is then solved). */
    private static final Map<String, Double> BASE = Map.ofEntries(
            Map.entry("VND", 8_000_000.0), Map.entry("million VND", 60_000.0), Map.entry("h", 520_000.0),
            Map.entry("workers", 250.0), Map.entry("pcs", 600_000.0), Map.entry("kg", 150_000.0),
            Map.entry("kWh", 900_000.0), Map.entry("m³", 40_000.0), Map.entry("min", 9_000_000.0),
            Map.entry("machines", 180.0), Map.entry("products", 40.0), Map.entry("batches", 400.0),
            Map.entry("shipments", 120.0), Map.entry("L", 600_000.0), Map.entry("m²", 300_000.0));
    private static final Set<String> COUNTS = Set.of("workers", "pcs", "machines", "products", "batches", "shipments",
            "injuries", "defects", "years", "leavers");

    private DemoAnswers() {
    }

    static List<Answer> forPack(Pack pack, double strength, WageRegion region) {
        List<Answer> answers = new ArrayList<>();
        for (Question q : pack.questions()) {
            answers.add(Answer.of(q.id(), value(q, strength + jitter(q.id()) * 0.25, region)));
        }
        return answers;
    }

    /** A stable number in [-1, 1] for the question, so answers vary within one company. */
    static double jitter(String questionId) {
        return (Math.floorMod(questionId.hashCode() * 31 + 7, 2001) - 1000) / 1000.0;
    }

    private static AnswerValue value(Question q, double strength, WageRegion region) {
        double s = Math.max(0, Math.min(1, strength));
        return switch (q.kind()) {
            case MATURITY -> new AnswerValue.Level((int) Math.round(s * 4));
            case YESNO -> yesNo(q, s);
            case CHOICE -> {
                List<ChoiceOption> byPoints = q.options().stream()
                        .sorted(Comparator.comparingDouble(ChoiceOption::points)).toList();
                yield new AnswerValue.Choice(byPoints.get((int) Math.round(s * (byPoints.size() - 1))).id());
            }
            case KPI -> withinInputLimits(q, kpi(q.kpi(), target(q, s, region)), region);
        };
    }

    /** A limit on one input (e.g. no failed test at all) holds whatever the KPI value. */
    private static AnswerValue.KpiInputs withinInputLimits(Question q, AnswerValue.KpiInputs answer, WageRegion region) {
        Map<String, InputValue> inputs = new LinkedHashMap<>(answer.inputs());
        for (Limit limit : q.limits()) {
            if (limit.bound() != null && limit.inputId() != null) {
                double bound = limit.bound().valueFor(region);
                inputs.put(limit.inputId(), new InputValue.Annual(limit.bound().isMax() ? bound * 0.8 : bound * 1.12));
            }
        }
        return new AnswerValue.KpiInputs(inputs);
    }

    private static AnswerValue yesNo(Question q, double s) {
        boolean required = q.limits().stream().anyMatch(l -> l.requiredAnswer() != null);
        if (required || s >= 0.55) {
            return AnswerValue.YesNo.YES;
        }
        return q.partialAllowed() && s >= 0.3 ? AnswerValue.YesNo.PARTIAL : AnswerValue.YesNo.NO;
    }

    /** Where the KPI value should land: inside its legal limits, and along its benchmark by strength. */
    private static Double target(Question q, double s, WageRegion region) {
        Benchmark b = q.kpi().benchmark();
        Double value = b == null ? null : b.poor() + (b.best() - b.poor()) * s;
        for (Limit limit : q.limits()) {
            if (limit.bound() == null || limit.inputId() != null) {
                continue;
            }
            double bound = limit.bound().valueFor(region);
            if (limit.bound().isMax()) {
                value = value == null || value > bound ? bound * 0.8 : value;
            } else {
                double safe = bound == 100 ? 100 : bound * 1.12;
                value = value == null || value < bound ? safe : value;
            }
        }
        return value;
    }

    /** KPI inputs at their unit's magnitude, the first solved so the KPI value is {@code target}. */
    static AnswerValue.KpiInputs kpi(Kpi kpi, Double target) {
        Map<String, Double> figures = new HashMap<>();
        for (KpiInput input : kpi.inputs()) {
            figures.put(input.id(), BASE.getOrDefault(input.unit(), 1000.0));
        }
        KpiInput first = kpi.inputs().get(0);
        if (target != null) {
            figures.put(first.id(), round(first, solve(kpi, figures, first, target)));
        } else if (kpi.inputs().size() > 1) {
            figures.put(first.id(), round(first, figures.get(first.id()) * 0.3));
        }
        Map<String, InputValue> inputs = new LinkedHashMap<>();
        kpi.inputs().forEach(i -> inputs.put(i.id(), new InputValue.Annual(figures.get(i.id()))));
        return new AnswerValue.KpiInputs(inputs);
    }

    /** Bisection on the first input; the formulas of the bundled packs are monotonic in it. */
    private static double solve(Kpi kpi, Map<String, Double> figures, KpiInput input, double target) {
        double lo = input.min();
        double hi = input.max() != null ? input.max() : Math.max(1e3, figures.get(input.id()) * 1e4);
        double fLo = eval(kpi, figures, input, lo);
        double fHi = eval(kpi, figures, input, hi);
        boolean rising = fHi >= fLo;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double f = eval(kpi, figures, input, mid);
            if ((f < target) == rising) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double eval(Kpi kpi, Map<String, Double> figures, KpiInput input, double x) {
        Map<String, Double> trial = new HashMap<>(figures);
        trial.put(input.id(), x);
        Double v = kpi.formula().evaluate(trial);
        return v == null || v.isNaN() ? Double.MAX_VALUE : v;
    }

    private static double round(KpiInput input, double v) {
        double rounded = COUNTS.contains(input.unit()) || Math.abs(v) >= 1000 ? Math.round(v)
                : Math.round(v * 100) / 100.0;
        return Math.max(input.min(), input.max() == null ? rounded : Math.min(input.max(), rounded));
    }
}
