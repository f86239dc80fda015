package org.triadcsr.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.triadcsr.model.portfolio.ImprovementAction;

/** A row of {@code improvement_action}. */
record ActionRow(String id, String companyId, String title, String owner, String due, String status, Double cost,
                 Double expectedSavings, String currency, String linkedTo, String packActionId) {
    static final String COLUMNS = "id, company_id, title, owner, due, status, cost, expected_savings, currency,"
            + " linked_to, pack_action_id";

    static ActionRow of(String companyId, ImprovementAction a) {
        return new ActionRow(a.id(), companyId, a.title(), a.owner(), a.due() == null ? null : a.due().toString(),
                a.status().id(), a.cost(), a.expectedSavings(), a.currency(), a.topicOrQuestionId(), a.packActionId());
    }

    static ActionRow read(ResultSet rs) throws SQLException {
        return new ActionRow(rs.getString("id"), rs.getString("company_id"), rs.getString("title"), rs.getString("owner"),
                rs.getString("due"), rs.getString("status"), Sql.doubleOrNull(rs, "cost"),
                Sql.doubleOrNull(rs, "expected_savings"), rs.getString("currency"), rs.getString("linked_to"),
                rs.getString("pack_action_id"));
    }

    ImprovementAction toModel() {
        return new ImprovementAction(id, title, owner, due == null ? null : LocalDate.parse(due),
                ImprovementAction.ActionStatus.valueOf(status.toUpperCase(Locale.ROOT)), cost, expectedSavings, currency,
                linkedTo, packActionId);
    }

    Object[] values() {
        return new Object[] {id, companyId, title, owner, due, status, cost, expectedSavings, currency, linkedTo,
            packActionId};
    }
}
