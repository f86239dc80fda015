package org.triadcsr.model.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeersTest {
    private static Assessment a(String id, String company, String pack, String period, AssessmentStatus status, long updated) {
        Instant t = Instant.ofEpochSecond(updated);
        return new Assessment(id, company, pack, "1.0.0", period, "", status, t, t);
    }

    @Test
    void latestFinalAssessmentOfEveryOtherCompanyWithTheSamePack() {
        List<Assessment> all = List.of(
                a("own", "me", "textile-garment", "2025", AssessmentStatus.FINAL, 1),
                a("b-2024", "b", "textile-garment", "2024", AssessmentStatus.FINAL, 1),
                a("b-2025", "b", "textile-garment", "2025", AssessmentStatus.FINAL, 2),
                a("b-2026-draft", "b", "textile-garment", "2026", AssessmentStatus.DRAFT, 3),
                a("c-2025", "c", "textile-garment", "2025", AssessmentStatus.FINAL, 5),
                a("c-2025-redo", "c", "textile-garment", "2025", AssessmentStatus.FINAL, 9),
                a("d-other-pack", "d", "electronics", "2025", AssessmentStatus.FINAL, 1));
        assertThat(Peers.latestFinal(all, "me", "textile-garment")).extracting(Assessment::id)
                .containsExactlyInAnyOrder("b-2025", "c-2025-redo");
    }
}
