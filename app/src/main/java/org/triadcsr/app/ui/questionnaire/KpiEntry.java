package org.triadcsr.app.ui.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.KpiInput;

/** Turns the typed KPI figures into an answer, or says, beside the field, why one cannot be read. */
final class KpiEntry {
    private KpiEntry() {
    }

    /** The inputs as typed; null when one is not a number or out of range (its field then carries the reason). */
    static AnswerValue.KpiInputs read(List<KpiField> fields, Messages m) {
        Map<String, InputValue> inputs = new LinkedHashMap<>();
        boolean ok = true;
        for (KpiField f : fields) {
            f.errorProperty().set(null);
            if (f.monthlyProperty().get()) {
                List<Double> months = new ArrayList<>();
                boolean any = false;
                for (int i = 0; i < 12; i++) {
                    String text = f.months().get(i).get();
                    Double v = m.parseNumber(text);
                    if (v == null && text != null && !text.isBlank()) {
                        f.errorProperty().set(m.get("kpi.notNumber", text.strip(), m.number(1234.5)));
                        ok = false;
                    } else if (v != null && !f.input().accepts(v)) {
                        f.errorProperty().set(outOfRange(f.input(), v, m, m.get("month." + (i + 1))));
                        ok = false;
                    }
                    any |= v != null;
                    months.add(v);
                }
                if (any) {
                    inputs.put(f.input().id(), new InputValue.Monthly(months));
                }
            } else {
                String text = f.annualProperty().get();
                Double v = m.parseNumber(text);
                if (v == null && text != null && !text.isBlank()) {
                    f.errorProperty().set(m.get("kpi.notNumber", text.strip(), m.number(1234.5)));
                    ok = false;
                } else if (v != null && !f.input().accepts(v)) {
                    f.errorProperty().set(outOfRange(f.input(), v, m, null));
                    ok = false;
                } else if (v != null) {
                    inputs.put(f.input().id(), new InputValue.Annual(v));
                }
            }
        }
        return ok ? new AnswerValue.KpiInputs(inputs) : null;
    }

    private static String outOfRange(KpiInput input, double v, Messages m, String month) {
        String range = input.max() == null ? m.get("kpi.range.min", m.number(input.min()))
                : m.get("kpi.range.between", m.number(input.min()), m.number(input.max()));
        String where = month == null ? "" : m.get("kpi.inMonth", month);
        return m.get("kpi.outOfRange", m.number(v), where, range, input.unit());
    }

    /** Fills the fields from a saved answer, in the user's number format. */
    static void show(List<KpiField> fields, AnswerValue.KpiInputs saved, Messages m) {
        for (KpiField f : fields) {
            InputValue v = saved == null ? null : saved.inputs().get(f.input().id());
            f.errorProperty().set(null);
            f.monthlyProperty().set(v instanceof InputValue.Monthly || (v == null && f.input().monthly()));
            f.annualProperty().set(v instanceof InputValue.Annual a ? plain(a.value(), m) : "");
            for (int i = 0; i < 12; i++) {
                Double month = v instanceof InputValue.Monthly mv ? mv.months().get(i) : null;
                f.months().get(i).set(month == null ? "" : plain(month, m));
            }
        }
    }

    static String plain(double v, Messages m) {
        return m.number(v, 6);
    }

    static List<KpiField> fieldsFor(List<KpiInput> inputs, String language) {
        return inputs.stream().map(i -> new KpiField(i, i.text().in(language))).toList();
    }
}
