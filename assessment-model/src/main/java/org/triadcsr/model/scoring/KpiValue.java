package org.triadcsr.model.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.Aggregate;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.KpiInput;

/**
 * The period figures of a KPI's inputs and the KPI value computed from them (spec §3). {@code value} is null
 * when undefined; {@code missingMonths} names, per input, the months a summed input still needs.
 */
public record KpiValue(Double value, Map<String, Double> inputs, Map<String, List<Integer>> missingMonths) {

    public static KpiValue of(Kpi kpi, AnswerValue.KpiInputs answer) {
        Map<String, Double> figures = new HashMap<>();
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        for (KpiInput input : kpi.inputs()) {
            InputValue entered = answer.inputs().get(input.id());
            if (entered instanceof InputValue.Annual annual) {
                figures.put(input.id(), annual.value());
            } else if (entered instanceof InputValue.Monthly monthly && !input.annualOnly()) {
                // An annual-only input entered by month is refused at input; one stored before v1.1 counts as not entered.
                Double figure = aggregate(monthly, input.aggregate());
                if (figure != null) {
                    figures.put(input.id(), figure);
                } else {
                    missing.put(input.id(), monthly.missingMonths());
                }
            }
        }
        return new KpiValue(kpi.formula().evaluate(figures), Map.copyOf(figures), Map.copyOf(missing));
    }

    /** Sum needs all 12 months (no extrapolation); mean uses the months entered, at least one. */
    static Double aggregate(InputValue.Monthly monthly, Aggregate aggregate) {
        double total = 0;
        int count = 0;
        for (Double v : monthly.months()) {
            if (v != null) {
                total += v;
                count++;
            }
        }
        if (aggregate == Aggregate.SUM) {
            return count == 12 ? total : null;
        }
        return count == 0 ? null : total / count;
    }
}
