package org.triadcsr.model.scoring;

import java.time.LocalDate;
import java.util.List;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Aggregate;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.KpiInput;
import org.triadcsr.model.pack.Limit;
import org.triadcsr.model.period.Period;

/**
 * Checks one KPI limit (spec v1.1 §5). Normally the period figure (the KPI value, or the named input's sum or
 * mean) is checked against the limit in force on the period's last day. But a legal limit holds in every month:
 * for a {@code mean} input entered month by month (the youngest worker's age, the lowest wage, the worst month's
 * overtime) each month is checked against the limit in force on that month's last day, and the worst breaching
 * month is reported, so one bad month is never averaged away.
 */
final class LimitCheck {
    private LimitCheck() {
    }

    /** The compared figure when the limit is breached, else null. */
    static Double breach(Limit limit, Kpi kpi, AnswerValue.KpiInputs answer, KpiValue computed, WageRegion region,
                         Period period) {
        String inputId = limit.inputId() != null ? limit.inputId() : soleInput(kpi);
        Double periodFigure = limit.inputId() == null ? computed.value() : computed.inputs().get(limit.inputId());
        KpiInput input = inputId == null ? null : kpi.input(inputId).orElse(null);
        if (input != null && input.aggregate() == Aggregate.MEAN
                && answer.inputs().get(inputId) instanceof InputValue.Monthly monthly) {
            return worstBreachingMonth(limit, monthly.months(), region, period);
        }
        LocalDate lastDay = period == null ? null : period.lastDay();
        if (periodFigure == null || !limit.inForceOn(lastDay) || !limit.bound().breachedBy(periodFigure, region)) {
            return null;
        }
        return periodFigure;
    }

    private static Double worstBreachingMonth(Limit limit, List<Double> months, WageRegion region, Period period) {
        Double worst = null;
        int count = period == null ? months.size() : Math.min(months.size(), period.months());
        for (int i = 0; i < count; i++) {
            Double month = months.get(i);
            LocalDate day = period == null ? null : period.endOfMonth(i);
            if (month == null || !limit.inForceOn(day) || !limit.bound().breachedBy(month, region)) {
                continue;
            }
            if (worst == null || (limit.bound().isMax() ? month > worst : month < worst)) {
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
