package org.triadcsr.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.triadcsr.model.portfolio.Evidence;

/** A row of {@code evidence}; the file's bytes are a BLOB beside its name, type, size and SHA-256. */
record EvidenceRow(String id, String assessmentId, String questionId, String note, String fileName, String mediaType,
                   long size, String sha256, byte[] data, String expires) {
    static final String COLUMNS = "id, assessment_id, question_id, note, file_name, media_type, size, sha256, data, expires";

    static EvidenceRow of(Evidence e) {
        return new EvidenceRow(e.id(), e.assessmentId(), e.questionId(), e.note(), e.fileName(), e.mediaType(), e.size(),
                e.sha256(), e.data(), e.expires() == null ? null : e.expires().toString());
    }

    static EvidenceRow read(ResultSet rs) throws SQLException {
        return new EvidenceRow(rs.getString("id"), rs.getString("assessment_id"), rs.getString("question_id"),
                rs.getString("note"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"),
                rs.getString("sha256"), rs.getBytes("data"), rs.getString("expires"));
    }

    Evidence toModel() {
        return new Evidence(id, assessmentId, questionId, note, fileName, mediaType, data, sha256,
                expires == null ? null : LocalDate.parse(expires));
    }

    Object[] values() {
        return new Object[] {id, assessmentId, questionId, note, fileName, mediaType, size, sha256, data, expires};
    }
}
