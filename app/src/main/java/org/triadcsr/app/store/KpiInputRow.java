package org.triadcsr.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;

/** A row of {@code kpi_input}: one input of a KPI answer, entered for the year or month by month. */
record KpiInputRow(String assessmentId, String questionId, String inputId, String period, Double annual,
                   List<Double> months) {
    static final String INSERT = "INSERT INTO kpi_input (assessment_id, question_id, input_id, period, annual,"
            + " m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static List<KpiInputRow> of(String assessmentId, String questionId, AnswerValue value) {
        List<KpiInputRow> rows = new ArrayList<>();
        if (value instanceof AnswerValue.KpiInputs k) {
            for (Map.Entry<String, InputValue> e : k.inputs().entrySet()) {
                if (e.getValue() instanceof InputValue.Annual a) {
                    rows.add(new KpiInputRow(assessmentId, questionId, e.getKey(), "annual", a.value(),
                            Arrays.asList(new Double[12])));
                } else {
                    rows.add(new KpiInputRow(assessmentId, questionId, e.getKey(), "monthly", null,
                            ((InputValue.Monthly) e.getValue()).months()));
                }
            }
        }
        return rows;
    }

    static KpiInputRow read(ResultSet rs) throws SQLException {
        List<Double> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Sql.doubleOrNull(rs, "m" + m));
        }
        return new KpiInputRow(rs.getString("assessment_id"), rs.getString("question_id"), rs.getString("input_id"),
                rs.getString("period"), Sql.doubleOrNull(rs, "annual"), months);
    }

    InputValue toModel() {
        return "annual".equals(period) ? new InputValue.Annual(annual) : new InputValue.Monthly(months);
    }

    Object[] values() {
        List<Object> v = new ArrayList<>(List.of(assessmentId, questionId, inputId, period));
        v.add(annual);
        v.addAll(months);
        return v.toArray();
    }
}
