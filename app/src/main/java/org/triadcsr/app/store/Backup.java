package org.triadcsr.app.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup copy of a workspace, in the {@code backups} folder beside it. */
public record Backup(Path file, LocalDateTime taken, String why, long sizeBytes) {
}
