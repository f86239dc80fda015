package org.triadcsr.app.store;

import java.util.List;

/** What an import did: companies added and updated, assessments written or already there, and warnings. */
public record ImportResult(int companiesAdded, int companiesUpdated, int assessmentsWritten, int assessmentsUnchanged,
                           List<StoreText> warningTexts) {
    public ImportResult {
        warningTexts = List.copyOf(warningTexts);
    }

    /** The warnings in English. */
    public List<String> warnings() {
        return warnings("en");
    }

    /** The warnings in {@code language}. */
    public List<String> warnings(String language) {
        return warningTexts.stream().map(t -> t.in(language)).toList();
    }
}
