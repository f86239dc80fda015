package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBackupsTest {
    @TempDir
    Path dir;

    private static Clock day(int n) {
        return Clock.fixed(Instant.parse("2026-01-01T09:00:00Z").plus(Duration.ofDays(n)), ZoneOffset.UTC);
    }

    @Test
    void atMostOneDailyBackupPerDayOfUse() {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.create(file)) {
            StoreFixtures.populate(ws, "c1");
        }
        Workspace.open(file, day(0)).close();
        Workspace.open(file, day(0)).close();
        assertThat(Backups.list(file)).hasSize(1);
        Workspace.open(file, day(1)).close();
        List<Backup> backups = Backups.list(file);
        assertThat(backups).hasSize(2);
        assertThat(backups.get(0).taken().toLocalDate()).isEqualTo(day(1).instant().atZone(ZoneOffset.UTC).toLocalDate());
        assertThat(backups.get(0).file().getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(WorkspaceInspector.inspect(backups.get(0).file()).assessments()).isEqualTo(1);
    }

    @Test
    void aDailyBackupThatCannotBeWrittenNeverKeepsTheWorkspaceShut() throws IOException {
        Path file = dir.resolve("ws.triad");
        Workspace.create(file).close();
        Files.writeString(dir.resolve("backups"), "a file where the backups folder should be");
        try (Workspace ws = Workspace.open(file, day(0))) {
            ws.companies().save(StoreFixtures.company("c1", "still works"));
        }
        assertThat(WorkspaceInspector.inspect(file).companies()).isEqualTo(1);
    }

    @Test
    void aPartialBackupLeftByACrashIsSweptAtTheNextOpen() throws IOException {
        Path file = dir.resolve("ws.triad");
        Workspace.create(file).close();
        Path folder = Backups.folder(file);
        Files.createDirectories(folder);
        Path leftover = folder.resolve(".ws-20260101-000000-000-daily.triad.partial");
        Files.write(leftover, new byte[4096]);
        Path someoneElses = folder.resolve(".ws-2-20260101-000000-000-daily.triad.partial");
        Files.write(someoneElses, new byte[16]);
        Workspace.open(file).close();
        assertThat(leftover).doesNotExist();
        assertThat(someoneElses).as("another workspace's partial backup is not ours to remove").exists();
        assertThat(Backups.list(file)).hasSize(1);
    }

    @Test
    void onlyTheNewestTenAreKept() {
        Path file = dir.resolve("ws.triad");
        Workspace.create(file).close();
        for (int d = 0; d < 14; d++) {
            Workspace.open(file, day(d)).close();
        }
        List<Backup> backups = Backups.list(file);
        assertThat(backups).hasSize(Backups.KEEP);
        assertThat(backups.get(Backups.KEEP - 1).taken().toLocalDate().toString()).isEqualTo("2026-01-05");
    }

    @Test
    void restoringPutsTheBackupBackAndKeepsWhatWasThere() {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.open(createWithOneCompany(file), day(0))) {
            ws.companies().save(StoreFixtures.company("c2", "added after the backup"));
        }
        Backup daily = Backups.list(file).get(0);
        Path kept = BackupRestore.restore(file, daily, day(0));
        assertThat(WorkspaceInspector.inspect(file).companies()).isEqualTo(1);
        assertThat(WorkspaceInspector.inspect(kept).companies()).isEqualTo(2);
        assertThat(Backups.list(file)).extracting(Backup::why).contains("before-restore", "daily");
    }

    @Test
    void aDamagedWorkspaceCanBeRestoredAndIsKeptAsItWas() throws IOException {
        Path file = dir.resolve("ws.triad");
        Workspace.open(createWithOneCompany(file), day(0)).close();
        Files.writeString(file, "this is not a database");
        Path kept = BackupRestore.restore(file, Backups.list(file).get(0), day(1));
        assertThat(Files.readString(kept)).isEqualTo("this is not a database");
        try (Workspace ws = Workspace.open(file, day(1))) {
            assertThat(ws.companies().count()).isEqualTo(1);
        }
    }

    @Test
    void aRestoreIsRefusedWhileTheWorkspaceIsOpen() {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.open(createWithOneCompany(file), day(0))) {
            Backup daily = Backups.list(file).get(0);
            assertThatThrownBy(() -> BackupRestore.restore(file, daily, day(0))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open");
            assertThat(ws.companies().count()).isEqualTo(1);
        }
    }

    @Test
    void restoringOverACrashedWorkspaceKeepsItsUncheckpointedAnswersAndDropsItsWal() throws IOException {
        Path backupSource = dir.resolve("crashed.triad");
        Workspace.open(createWithOneCompany(backupSource), day(0)).close();
        Path crashed = dir.resolve("copy/crashed.triad");
        Files.createDirectories(crashed.getParent());
        try (Workspace ws = Workspace.open(backupSource, day(0))) {
            ws.companies().save(StoreFixtures.company("c2", "only in the WAL"));
            // A copy of the file and its WAL taken while the workspace is open is what a crash leaves behind.
            Files.copy(backupSource, crashed);
            Files.copy(Path.of(backupSource + "-wal"), Path.of(crashed + "-wal"));
        }
        assertThat(WorkspaceInspector.inspect(crashed).companies()).isEqualTo(2);
        Backup daily = Backups.list(backupSource).get(0);
        Path kept = BackupRestore.restore(crashed, daily, day(0));
        assertThat(Path.of(crashed + "-wal")).doesNotExist();
        assertThat(WorkspaceInspector.inspect(crashed).companies()).isEqualTo(1);
        assertThat(WorkspaceInspector.inspect(kept).companies()).isEqualTo(2);
        try (Workspace ws = Workspace.open(crashed, day(0))) {
            assertThat(ws.companies().list()).extracting(c -> c.id()).containsExactly("c1");
        }
    }

    @Test
    void aDamagedBackupIsNeverRestored() throws IOException {
        Path file = dir.resolve("ws.triad");
        Workspace.open(createWithOneCompany(file), day(0)).close();
        Backup daily = Backups.list(file).get(0);
        Files.write(daily.file(), new byte[] {1, 2, 3});
        String before = StoreFixtures.sha256(file);
        assertThatThrownBy(() -> BackupRestore.restore(file, daily, day(0))).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Triad workspace");
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }

    private static Path createWithOneCompany(Path file) {
        try (Workspace ws = Workspace.create(file)) {
            StoreFixtures.populate(ws, "c1");
        }
        return file;
    }
}
