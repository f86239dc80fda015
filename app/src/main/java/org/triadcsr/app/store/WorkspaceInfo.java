package org.triadcsr.app.store;

import java.nio.file.Path;

/** What {@code triad workspace info} reports about a workspace that passed every open check. */
public record WorkspaceInfo(Path file, int schemaVersion, long companies, long assessments, long answers,
                            String integrity, long sizeBytes) {
}
