package org.triadcsr.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;

/**
 * A row of {@code answer}: the kind of value and its one column ({@code level} or {@code text_value}); a KPI
 * answer's figures are {@link KpiInputRow}s.
 */
record AnswerRow(String assessmentId, String questionId, String kind, Integer level, String textValue, String note) {

    static AnswerRow of(String assessmentId, Answer a) {
        AnswerValue v = a.value();
        if (v instanceof AnswerValue.Level l) {
            return new AnswerRow(assessmentId, a.questionId(), "level", l.level(), null, a.note());
        }
        if (v instanceof AnswerValue.YesNo yn) {
            return new AnswerRow(assessmentId, a.questionId(), "yesno", null, yn.answer(), a.note());
        }
        if (v instanceof AnswerValue.Choice c) {
            return new AnswerRow(assessmentId, a.questionId(), "choice", null, c.optionId(), a.note());
        }
        if (v instanceof AnswerValue.NotApplicable na) {
            return new AnswerRow(assessmentId, a.questionId(), "na", null, na.reason(), a.note());
        }
        return new AnswerRow(assessmentId, a.questionId(), "kpi", null, null, a.note());
    }

    static AnswerRow read(ResultSet rs) throws SQLException {
        return new AnswerRow(rs.getString("assessment_id"), rs.getString("question_id"), rs.getString("kind"),
                Sql.intOrNull(rs, "level"), rs.getString("text_value"), rs.getString("note"));
    }

    /** The model answer; {@code inputs} are this answer's KPI rows (empty for other kinds). */
    Answer toModel(List<KpiInputRow> inputs) {
        AnswerValue value = switch (kind) {
            case "level" -> new AnswerValue.Level(level);
            case "yesno" -> new AnswerValue.YesNo(textValue);
            case "choice" -> new AnswerValue.Choice(textValue);
            case "na" -> new AnswerValue.NotApplicable(textValue);
            default -> {
                Map<String, InputValue> map = new LinkedHashMap<>();
                inputs.forEach(i -> map.put(i.inputId(), i.toModel()));
                yield new AnswerValue.KpiInputs(map);
            }
        };
        return new Answer(questionId, value, note);
    }
}
