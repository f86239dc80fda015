package org.triadcsr.model.pack;

import java.util.List;
import java.util.Optional;
import org.triadcsr.model.formula.Formula;

/** What a {@code kpi} question computes: its inputs, formula, unit and direction, and benchmark if sourced. */
public record Kpi(String unit, Direction direction, List<KpiInput> inputs, Formula formula, Benchmark benchmark) {
    public Kpi {
        inputs = List.copyOf(inputs);
    }

    public Optional<KpiInput> input(String id) {
        return inputs.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Tracked KPIs have no benchmark that scores: shown and compared over time, never scored (unless a limit is
     * breached). A KPI with only an indicative ({@code C}) benchmark is tracked too.
     */
    public boolean tracked() {
        return benchmark == null || !benchmark.scores();
    }

    /** A KPI whose benchmark is of quality C: its band is shown, labelled indicative, with no score. */
    public boolean indicative() {
        return benchmark != null && !benchmark.scores();
    }
}
