package org.triadcsr.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.triadcsr.model.progress.Target;

/** A row of {@code target}: a company's target for one KPI question. */
record TargetRow(String id, String companyId, String kpiQuestionId, double value, String due, String note) {
    static final String COLUMNS = "id, company_id, kpi_question_id, value, due, note";

    static TargetRow of(String companyId, Target t) {
        return new TargetRow(t.id(), companyId, t.kpiQuestionId(), t.value(), t.due() == null ? null : t.due().toString(),
                t.note());
    }

    static TargetRow read(ResultSet rs) throws SQLException {
        return new TargetRow(rs.getString("id"), rs.getString("company_id"), rs.getString("kpi_question_id"),
                rs.getDouble("value"), rs.getString("due"), rs.getString("note"));
    }

    Target toModel() {
        return new Target(id, kpiQuestionId, value, due == null ? null : LocalDate.parse(due), note);
    }

    Object[] values() {
        return new Object[] {id, companyId, kpiQuestionId, value, due, note};
    }
}
