package org.triadcsr.model.portfolio;

import java.time.Instant;

/** One assessment of one company against one pack version, for one period such as {@code 2025}. */
public record Assessment(String id, String companyId, String packId, String packVersion, String period,
                         String assessor, AssessmentStatus status, Instant createdAt, Instant updatedAt) {
}
