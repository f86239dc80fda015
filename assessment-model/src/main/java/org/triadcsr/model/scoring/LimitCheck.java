package org.triadcsr.model.scoring;

import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Aggregate;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.KpiInput;
import org.triadcsr.model.pack.Limit;

/**
 * The figure a KPI limit is checked against. Normally the period figure (the KPI value, or the named input's
 * sum or mean). But a legal limit holds in every month: for a {@code mean} input entered month by month (the
 * youngest worker's age, the lowest wage, the worst month's overtime) the worst month is checked, so one bad
 * month is never averaged away.
 */
final class LimitCheck {
    private LimitCheck() {
    }

    static Double worstFigure(Limit limit, Kpi kpi, AnswerValue.KpiInputs answer, KpiValue computed, WageRegion region) {
        String inputId = limit.inputId() != null ? limit.inputId() : soleInput(kpi);
        Double period = limit.inputId() == null ? computed.value() : computed.inputs().get(limit.inputId());
        if (inputId == null) {
            return period;
        }
        KpiInput input = kpi.input(inputId).orElse(null);
        if (input == null || input.aggregate() != Aggregate.MEAN
                || !(answer.inputs().get(inputId) instanceof InputValue.Monthly monthly)) {
            return period;
        }
        Double worst = null;
        for (Double month : monthly.months()) {
            if (month != null && (worst == null || (limit.bound().isMax() ? month > worst : month < worst))) {
                worst = month;
            }
        }
        return worst;
    }

    /** The input id when the formula is exactly that one input (so the KPI value is the input's figure). */
    private static String soleInput(Kpi kpi) {
        String formula = kpi.formula().source().trim();
        return kpi.formula().variables().size() == 1 && kpi.formula().variables().contains(formula) ? formula : null;
    }
}
