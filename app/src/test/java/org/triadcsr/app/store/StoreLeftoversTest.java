package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defect 8 of issue 10: a restore killed midway, or aimed at a folder, leaves no {@code *.restoring} behind. */
class StoreLeftoversTest {
    @TempDir
    Path dir;

    private Backup backupOf(Path file) {
        Workspace.open(file, Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC)).close();
        return Backups.list(file).get(0);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".restoring")).toList();
        }
    }

    @Test
    void aRestoreOntoAFolderIsRefusedAndLeavesNothing() throws IOException {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.create(file)) {
            StoreFixtures.populate(ws, "c1");
        }
        Backup backup = backupOf(file);
        Path folder = Files.createDirectories(dir.resolve("a-folder.triad"));
        assertThatThrownBy(() -> BackupRestore.restore(folder, backup, Clock.systemUTC()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.UNUSABLE_FILE);
                    assertThat(e.getMessage()).contains("is a folder, not a file");
                });
        assertThat(leftovers()).isEmpty();
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void theCopyOfAKilledRestoreIsSweptByTheNextOpenAndTheNextRestore() throws IOException {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.create(file)) {
            StoreFixtures.populate(ws, "c1");
        }
        Backup backup = backupOf(file);
        // What a restore killed between its copy and its rename leaves (this version's name and the older one's).
        Files.copy(backup.file(), dir.resolve(".ws.triad.restoring"));
        Files.copy(backup.file(), dir.resolve("ws.triad.restoring"));
        Workspace.open(file).close();
        assertThat(leftovers()).isEmpty();
        Files.copy(backup.file(), dir.resolve(".ws.triad.restoring"));
        BackupRestore.restore(file, backup, Clock.systemUTC());
        assertThat(leftovers()).isEmpty();
        assertThat(WorkspaceInspector.inspect(file).companies()).isEqualTo(1);
    }

    @Test
    void aRestoreKilledInARealProcessLeavesAWorkspaceThatOpensAndNoCopyAfterTheNextOpen() throws Exception {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.create(file)) {
            for (int i = 0; i < 100; i++) {
                StoreFixtures.populate(ws, "c" + i);
            }
        }
        backupOf(file);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        java.util.Random random = new java.util.Random();
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    RestoreLoop.class.getName(), file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(300 + random.nextInt(500));
            child.destroyForcibly();
            child.waitFor();
            try (Workspace ws = Workspace.open(file)) {
                assertThat(ws.companies().count()).as("round %d", round).isEqualTo(100);
            }
            assertThat(leftovers()).as("round %d", round).isEmpty();
        }
    }

    /** The child of the test above: restores the newest backup over the workspace again and again. */
    public static final class RestoreLoop {
        private RestoreLoop() {
        }

        public static void main(String[] args) {
            Path file = Path.of(args[0]);
            Backup daily = Backups.list(file).stream().filter(b -> b.why().equals("daily")).findFirst().orElseThrow();
            Path kept = file.resolveSibling("kept-backup.triad");
            try {
                Files.copy(daily.file(), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Backup backup = new Backup(kept, daily.taken(), daily.why(), daily.sizeBytes());
            while (true) {
                BackupRestore.restore(file, backup, Clock.systemUTC(), Workspace.Opener.COMMAND);
            }
        }
    }
}
