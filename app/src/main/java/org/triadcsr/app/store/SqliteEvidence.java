package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.portfolio.Evidence;

final class SqliteEvidence implements EvidenceRepository {
    private final Transactions tx;

    SqliteEvidence(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Evidence addNote(String assessmentId, String questionId, String note) {
        Evidence e = new Evidence(UUID.randomUUID().toString(), assessmentId, questionId, note, null, null, null, null, null);
        return tx.write("action.addNote", c -> insert(c, e));
    }

    @Override
    public Evidence addFile(String assessmentId, String questionId, String fileName, byte[] data, String note,
                            LocalDate expires) {
        String type = EvidencePolicy.mediaTypeOf(fileName);
        EvidencePolicy.check(fileName, type, data.length);
        Evidence e = new Evidence(UUID.randomUUID().toString(), assessmentId, questionId, note, fileName, type, data,
                ExchangeReader.sha256(data), expires);
        return tx.write(new StoreText("action.addFile", fileName), c -> insert(c, e));
    }

    /** Inside a caller's transaction; the policy and the hash are checked again here, whoever calls. */
    static Evidence insert(Connection c, Evidence e) throws SQLException {
        if (e.data() != null) {
            EvidencePolicy.check(e.fileName(), e.mediaType(), e.data().length);
            if (!ExchangeReader.sha256(e.data()).equalsIgnoreCase(String.valueOf(e.sha256()))) {
                throw StoreException.of(StoreException.Reason.REFUSED, "evidence.hash", e.fileName());
            }
        }
        Sql.update(c, "INSERT INTO evidence (" + EvidenceRow.COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                append(EvidenceRow.of(e).values(), Instant.now().toString()));
        return e;
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }

    @Override
    public List<Evidence> of(String assessmentId) {
        return tx.read("action.readEvidence", c -> of(c, assessmentId));
    }

    static List<Evidence> of(Connection c, String assessmentId) throws SQLException {
        return Sql.list(c, "SELECT " + EvidenceRow.COLUMNS + " FROM evidence WHERE assessment_id = ? ORDER BY created_at, id",
                EvidenceRow::read, assessmentId).stream().map(EvidenceRow::toModel).toList();
    }

    @Override
    public Optional<Evidence> find(String id) {
        return tx.read("action.readEvidence", c -> Sql.one(c, "SELECT " + EvidenceRow.COLUMNS + " FROM evidence WHERE id = ?",
                EvidenceRow::read, id)).map(EvidenceRow::toModel);
    }

    @Override
    public void remove(String id) {
        tx.write("action.removeEvidence", c -> Sql.update(c, "DELETE FROM evidence WHERE id = ?", id));
    }
}
