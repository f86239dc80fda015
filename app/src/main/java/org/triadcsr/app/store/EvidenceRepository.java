package org.triadcsr.app.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.triadcsr.model.portfolio.Evidence;

/** Notes, photos and documents backing an assessment's answers. Frozen with a final assessment. */
public interface EvidenceRepository {
    /** A note without a file. */
    Evidence addNote(String assessmentId, String questionId, String note);

    /** A file (checked by {@link EvidencePolicy}); its SHA-256 is computed and kept. */
    Evidence addFile(String assessmentId, String questionId, String fileName, byte[] data, String note, LocalDate expires);

    List<Evidence> of(String assessmentId);

    Optional<Evidence> find(String id);

    void remove(String id);
}
