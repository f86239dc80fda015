package org.triadcsr.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;

/** A row of {@code assessment}, as stored. */
record AssessmentRow(String id, String companyId, String packId, String packVersion, String period, String assessor,
                     String status, String createdAt, String updatedAt) {
    static final String COLUMNS = "id, company_id, pack_id, pack_version, period, assessor, status, created_at, updated_at";

    static AssessmentRow of(Assessment a) {
        return new AssessmentRow(a.id(), a.companyId(), a.packId(), a.packVersion(), a.period(), a.assessor(),
                a.status().id(), a.createdAt().toString(), a.updatedAt().toString());
    }

    static AssessmentRow read(ResultSet rs) throws SQLException {
        return new AssessmentRow(rs.getString("id"), rs.getString("company_id"), rs.getString("pack_id"),
                rs.getString("pack_version"), rs.getString("period"), rs.getString("assessor"), rs.getString("status"),
                rs.getString("created_at"), rs.getString("updated_at"));
    }

    Assessment toModel() {
        return new Assessment(id, companyId, packId, packVersion, period, assessor, AssessmentStatus.of(status),
                Instant.parse(createdAt), Instant.parse(updatedAt));
    }

    Object[] values() {
        return new Object[] {id, companyId, packId, packVersion, period, assessor, status, createdAt, updatedAt};
    }
}
