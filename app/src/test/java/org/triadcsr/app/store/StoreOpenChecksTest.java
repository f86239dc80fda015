package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each unusable file gets its own clear message, and is left byte for byte as it was. */
class StoreOpenChecksTest {
    @TempDir
    Path dir;

    private Path healthy(String name) {
        Path file = dir.resolve(name);
        try (Workspace ws = Workspace.create(file)) {
            for (int i = 0; i < 40; i++) {
                StoreFixtures.populate(ws, "c" + i);
            }
        }
        return file;
    }

    private void assertRefusedUnchanged(Path file, StoreException.Reason reason, String... messageParts) {
        String before = StoreFixtures.sha256(file);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.messageIn("vi")).contains(file.getFileName().toString()).contains("Tệp không bị thay đổi");
            for (String part : messageParts) {
                assertThat(e.getMessage()).contains(part);
            }
        });
        assertThatThrownBy(() -> WorkspaceInspector.inspect(file)).isInstanceOf(StoreException.class);
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
        assertThat(Backups.list(file)).isEmpty();
    }

    @Test
    void aZeroByteFileIsRefusedAsEmpty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.triad"));
        assertRefusedUnchanged(file, StoreException.Reason.DAMAGED, "is empty (0 bytes)", "has not been changed");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aFileThatIsNotSqliteIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.triad"), "Ghi chú của tôi\n".repeat(50), StandardCharsets.UTF_8);
        assertRefusedUnchanged(file, StoreException.Reason.DAMAGED, "is not a Triad workspace (it is not a SQLite database)");
    }

    @Test
    void aFileCutOffInTheMiddleOfAPageIsRefusedAsDamaged() throws IOException {
        Path file = healthy("cut.triad");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2 + 100);
        }
        assertRefusedUnchanged(file, StoreException.Reason.DAMAGED, "is damaged", "cut off", "triad workspace restore");
    }

    @Test
    void aFileCutOffAtAPageBoundaryIsRefusedAsDamaged() throws IOException {
        Path file = healthy("cut-page.triad");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(4096 * 3);
        }
        assertRefusedUnchanged(file, StoreException.Reason.DAMAGED, "is damaged", "shorter than its header says");
    }

    @Test
    void aFileThatFailsTheIntegrityCheckIsRefusedAsDamaged() throws IOException {
        Path file = healthy("corrupt.triad");
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 2; page * 4096 < size; page += 2) {
                raf.seek(page * 4096);
                raf.write("garbage garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
            }
        }
        assertRefusedUnchanged(file, StoreException.Reason.DAMAGED, "is damaged", "triad workspace restore");
    }

    @Test
    void aWorkspaceFromANewerTriadIsRefusedWithAdviceToUpdate() throws SQLException {
        Path file = healthy("newer.triad");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        assertRefusedUnchanged(file, StoreException.Reason.UNUSABLE_FILE, "newer version of Triad", "schema " + (Migrations.LATEST + 1), "Update Triad");
    }

    @Test
    void aSqliteFileOfAnotherProgramIsRefused() throws SQLException {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
            st.execute("INSERT INTO photos (path) VALUES ('a.jpg')");
        }
        assertRefusedUnchanged(file, StoreException.Reason.UNUSABLE_FILE, "SQLite database made by another program");
    }

    @Test
    void aReadOnlyFileOpensToReadOnlyAndIsLeftAlone() throws IOException {
        Path file = healthy("locked.triad");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        String before = StoreFixtures.sha256(file);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.isReadOnly()).isTrue();
            assertThat(ws.readOnlyNotice("en").orElseThrow()).contains("changes cannot be saved");
            assertThat(ws.readOnlyNotice("vi").orElseThrow()).contains("không thể lưu thay đổi");
            assertThat(ws.companies().count()).isEqualTo(40);
            assertThatThrownBy(() -> ws.companies().save(StoreFixtures.company("x", "X")))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StoreException.Reason.REFUSED);
                        assertThat(e.getMessage()).contains("changes cannot be saved").contains("Nothing was changed");
                    });
        }
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
        assertThat(WorkspaceInspector.inspect(file).companies()).isEqualTo(40);
    }

    @Test
    void aMissingFileIsNamedWithTheWayToCreateIt() {
        assertThatThrownBy(() -> Workspace.open(dir.resolve("nowhere.triad"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("triad workspace create");
        assertThat(dir.resolve("nowhere.triad")).doesNotExist();
    }

    @Test
    void aHealthyWorkspacePassesEveryCheck() {
        Path file = healthy("fine.triad");
        WorkspaceInfo info = WorkspaceInspector.inspect(file);
        assertThat(info.schemaVersion()).isEqualTo(Migrations.LATEST);
        assertThat(info.companies()).isEqualTo(40);
        assertThat(info.assessments()).isEqualTo(40);
        assertThat(info.integrity()).isEqualTo("ok");
    }
}
