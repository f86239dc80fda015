package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 1 of issue 10: the writer lock belongs to the file, whatever name reaches it. A real second process holds
 * the workspace; every other name of the same file is refused, by an open and by a restore alike.
 */
class StoreFileIdentityTest {
    @TempDir
    Path dir;

    private Path workspace() {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.create(file)) {
            StoreFixtures.populate(ws, "c1");
        }
        return file;
    }

    private static void assertRefusedAsOpen(Path name, String holder) {
        assertThatThrownBy(() -> Workspace.open(name)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(StoreException.Reason.ALREADY_OPEN);
            assertThat(e.getMessage()).contains("already open in another Triad " + holder);
        });
    }

    @Test
    void aHardLinkMeetsTheLockOfTheFileItself() throws Exception {
        Path file = workspace();
        Files.createDirectories(dir.resolve("elsewhere"));
        try (SecondProcess writer = SecondProcess.holding(file, false)) {
            // A second name made while the first process works (a file with two names is never opened for changes).
            Path link = Files.createLink(dir.resolve("elsewhere/other-name.triad"), file);
            assertRefusedAsOpen(link, "window");
        }
    }

    @Test
    void aSymbolicLinkAndADotDotPathMeetTheSameLock() throws Exception {
        Path file = workspace();
        Files.createDirectories(dir.resolve("a/b"));
        Path symlink = Files.createSymbolicLink(dir.resolve("a/b/shortcut.triad"), file);
        Path dotDot = dir.resolve("a/b/../../ws.triad");
        try (SecondProcess writer = SecondProcess.holding(symlink, false)) {
            assertRefusedAsOpen(file, "window");
            assertRefusedAsOpen(dotDot, "window");
        }
    }

    @Test
    void aCommandHoldingTheFileIsNamedAsAProgram() throws Exception {
        Path file = workspace();
        try (SecondProcess writer = SecondProcess.holding(file, true)) {
            assertThatThrownBy(() -> Workspace.open(file)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.getMessage()).contains("already open in another Triad program");
                assertThat(e.messageIn("vi")).contains("một chương trình Triad khác");
            });
        }
    }

    @Test
    void aRestoreThroughAnotherNameIsRefusedWhileAWriterHoldsTheFile() throws Exception {
        Path file = workspace();
        Workspace.open(file, Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC)).close();
        List<Backup> backups = Backups.list(file);
        assertThat(backups).isNotEmpty();
        try (SecondProcess writer = SecondProcess.holding(file, false)) {
            Path link = Files.createLink(dir.resolve("second-name.triad"), file);
            assertThatThrownBy(() -> BackupRestore.restore(link, backups.get(0), Clock.systemUTC()))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.ALREADY_OPEN));
            assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".restoring"));
        }
        // The writer's work is still there: the backup (which lacks it) never replaced the file under it.
        try (Workspace ws = Workspace.openForReading(file)) {
            assertThat(ws.companies().find("kill")).isPresent();
        }
    }

    @Test
    void aFileWithTwoNamesIsNotOpenedForChangesButCanBeRead() throws Exception {
        Path file = workspace();
        Files.createLink(dir.resolve("twin.triad"), file);
        String before = StoreFixtures.sha256(file);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(StoreException.Reason.UNUSABLE_FILE);
            assertThat(e.getMessage()).contains("has 2 names").contains("It has not been changed");
            assertThat(e.messageIn("vi")).contains("có 2 tên");
        });
        try (Workspace ws = Workspace.openForReading(file)) {
            assertThat(ws.companies().count()).isEqualTo(1);
        }
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }
}
