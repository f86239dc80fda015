package org.triadcsr.model.portfolio;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a company is compared with (spec §8): for each other company, its latest final assessment with the same
 * pack id. "Latest" is the latest period, then the latest update. Drafts never count: their figures may still
 * change.
 */
public final class Peers {
    private static final Comparator<Assessment> LATEST = Comparator.comparing(Assessment::period)
            .thenComparing(Assessment::updatedAt);

    private Peers() {
    }

    public static List<Assessment> latestFinal(Collection<Assessment> all, String ownCompanyId, String packId) {
        Map<String, Assessment> byCompany = new LinkedHashMap<>();
        for (Assessment a : all) {
            if (a.status() != AssessmentStatus.FINAL || !a.packId().equals(packId) || a.companyId().equals(ownCompanyId)) {
                continue;
            }
            byCompany.merge(a.companyId(), a, (x, y) -> LATEST.compare(x, y) >= 0 ? x : y);
        }
        return List.copyOf(byCompany.values());
    }
}
