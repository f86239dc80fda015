package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 4 of issue 10: a workspace in a read-only folder (a USB stick, a shared folder, another user's folder)
 * opens to read only, for reading commands and the window alike; it says that changes cannot be saved there, and
 * nothing at all is written beside it.
 */
class StoreReadOnlyPlaceTest {
    @TempDir
    Path dir;

    private Path folder;

    private Path workspaceInReadOnlyFolder() throws IOException {
        folder = Files.createDirectories(dir.resolve("usb"));
        Path file = folder.resolve("clients.triad");
        try (Workspace ws = Workspace.create(file)) {
            StoreFixtures.populate(ws, "c1");
        }
        Files.deleteIfExists(WriterLock.lockFile(file));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return file;
    }

    @AfterEach
    void writableAgain() throws IOException {
        if (folder != null) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void readingCommandsReadItAndWriteNothingThere() throws IOException {
        Path file = workspaceInReadOnlyFolder();
        String before = StoreFixtures.sha256(file);
        List<String> namesBefore = names();
        assertThat(WorkspaceInspector.inspect(file).companies()).isEqualTo(1);
        try (Workspace ws = Workspace.openForReading(file)) {
            assertThat(ws.assessments().all()).hasSize(1);
            assertThat(ws.exchange().export(null)).contains("Công ty May c1");
            assertThat(ws.readOnlyNotice("en").orElseThrow()).contains("changes cannot be saved");
        }
        assertThat(names()).isEqualTo(namesBefore);
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void theWindowOpensItToReadOnlySayingSoAndRefusesChanges() throws IOException {
        Path file = workspaceInReadOnlyFolder();
        List<String> namesBefore = names();
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.isReadOnly()).isTrue();
            assertThat(ws.readOnlyNotice("en").orElseThrow()).contains("changes cannot be saved")
                    .contains("copy it to a folder you may write to");
            assertThat(ws.readOnlyNotice("vi").orElseThrow()).contains("không thể lưu thay đổi");
            assertThat(ws.companies().list()).hasSize(1);
            assertThatThrownBy(() -> ws.companies().save(StoreFixtures.company("c2", "Mới")))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StoreException.Reason.REFUSED);
                        assertThat(e.getMessage()).startsWith("Cannot save the company Mới: ")
                                .contains("changes cannot be saved").endsWith("Nothing was changed.");
                    });
        }
        assertThat(names()).isEqualTo(namesBefore);
    }

    @Test
    void anImportIsRefusedPlainlyAndLeavesTheFileAsItWas() throws IOException {
        Path file = workspaceInReadOnlyFolder();
        String before = StoreFixtures.sha256(file);
        Path exchange = dir.resolve("in.json");
        Files.writeString(exchange, "{\"format\": \"triad-exchange\", \"formatVersion\": 1,"
                + " \"exportedAt\": \"2026-01-01T00:00:00Z\", \"companies\": []}");
        try (Workspace ws = Workspace.open(file, Workspace.Opener.COMMAND)) {
            assertThatThrownBy(() -> ws.exchange().importFile(exchange, PackLibrary.bundled()))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.getMessage()).contains("changes cannot be saved"));
        }
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }
}
