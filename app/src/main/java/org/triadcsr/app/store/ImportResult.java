package org.triadcsr.app.store;

import java.util.List;

/** What an import did: companies added and updated, assessments written or already there, and warnings. */
public record ImportResult(int companiesAdded, int companiesUpdated, int assessmentsWritten, int assessmentsUnchanged,
                           List<String> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
