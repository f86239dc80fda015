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

    /** Tracked KPIs have no sourced benchmark: shown and compared over time, never scored. */
    public boolean tracked() {
        return benchmark == null;
    }
}
