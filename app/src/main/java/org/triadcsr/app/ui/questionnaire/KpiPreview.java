package org.triadcsr.app.ui.questionnaire;

import org.triadcsr.app.ui.Messages;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.scoring.Band;
import org.triadcsr.model.scoring.BenchmarkScale;
import org.triadcsr.model.scoring.KpiValue;

/** The KPI value computed from what is typed, with its benchmark band in words (never by colour alone). */
final class KpiPreview {
    private KpiPreview() {
    }

    static String of(Pack pack, Kpi kpi, AnswerValue.KpiInputs typed, Messages m) {
        if (typed == null) {
            return m.get("kpi.value.unknown");
        }
        KpiValue value = KpiValue.of(kpi, typed);
        if (value.value() == null) {
            return m.get("kpi.value.unknown");
        }
        String shown = m.get("kpi.value", m.number(value.value()), kpi.unit());
        Benchmark b = kpi.benchmark();
        if (b == null) {
            return shown + " · " + m.get("kpi.tracked");
        }
        Band band = BenchmarkScale.band(value.value(), b, kpi.direction());
        String source = pack.source(b.sourceId()).map(s -> s.citation()).orElse(b.sourceId());
        return shown + " · " + m.get("band." + band.id()) + "\n" + m.get("kpi.benchmark", m.number(b.best()),
                m.number(b.typical()), m.number(b.poor()), kpi.unit(), source, String.valueOf(b.year()));
    }
}
