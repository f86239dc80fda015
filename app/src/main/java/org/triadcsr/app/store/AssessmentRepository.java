package org.triadcsr.app.store;

import java.util.List;
import java.util.Optional;
import org.triadcsr.model.portfolio.Assessment;

/** The assessments of a workspace. A {@code final} assessment never changes again. */
public interface AssessmentRepository {
    /** A new draft of the company against a pack version already kept in the workspace ({@link PackRepository}). */
    Assessment create(String companyId, String packId, String packVersion, String period, String assessor);

    Optional<Assessment> find(String id);

    List<Assessment> forCompany(String companyId);

    /** Every assessment, by company then period. */
    List<Assessment> all();

    /** Makes a draft final and stores its fingerprint: from now on its answers and evidence are frozen. */
    Assessment makeFinal(String id);

    /**
     * The fingerprint stored when the assessment was made final (SHA-256 hex of its canonical data,
     * docs/integrity.md); empty for a draft.
     */
    Optional<String> fingerprint(String id);

    /** A new draft for {@code period} that starts with a copy of the previous assessment's answers. */
    Assessment followUp(String previousId, String period, String assessor);

    /** Deletes a draft; a final assessment is refused. */
    void deleteDraft(String id);
}
