package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.cli.Cli;
import org.triadcsr.app.env.UserDataFolder;
import org.triadcsr.model.portfolio.Assessment;

/** The workspace commands: create, info, restore, assessment list and the workspace form of score. */
class StoreCliTest {
    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int triad(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, request -> {
            throw new AssertionError("no window");
        }, new UserDataFolder(dir), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void createMakesAnEmptyWorkspaceAndRefusesAnExistingFile() {
        Path file = dir.resolve("new.triad");
        assertThat(triad("workspace", "create", file.toString())).isZero();
        assertThat(out.toString()).contains("Created").contains("schema " + Migrations.LATEST);
        assertThat(triad("workspace", "create", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
    }

    @Test
    void infoDescribesAHealthyWorkspace() {
        Path file = populated();
        assertThat(triad("workspace", "info", "--workspace", file.toString())).isZero();
        assertThat(out.toString()).contains("Schema version: " + Migrations.LATEST).contains("Companies:      1")
                .contains("Assessments:    1").contains("Answers:        4").contains("Integrity:      ok");
    }

    @Test
    void readingCommandsWorkWhileAWindowHasTheWorkspaceOpenButWritingOnesWait() throws IOException {
        Path file = populated();
        String id;
        try (Workspace ws = Workspace.open(file)) {
            id = ws.assessments().all().get(0).id();
        }
        try (Workspace open = Workspace.open(file)) {
            assertThat(triad("workspace", "info", "--workspace", file.toString())).isZero();
            assertThat(out.toString()).contains("Integrity:      ok");
            assertThat(triad("assessment", "list", "--workspace", file.toString())).isZero();
            assertThat(out.toString()).startsWith(id);
            assertThat(triad("score", "--workspace", file.toString(), "--assessment", id)).isZero();
            assertThat(triad("workspace", "csv", "--workspace", file.toString(), dir.resolve("a.csv").toString())).isZero();
            assertThat(triad("workspace", "import", "--workspace", file.toString(), dir.resolve("none.json").toString()))
                    .isEqualTo(1);
            assertThat(err.toString()).contains("already open in another Triad window");
            assertThat(open.companies().count()).isEqualTo(1);
        }
    }

    @Test
    void infoOnADamagedFileExplainsOffersTheBackupsAndFails() throws IOException {
        Path file = populated();
        Workspace.open(file, Clock.systemDefaultZone()).close();
        Files.write(file, new byte[] {'n', 'o', 'p', 'e'});
        assertThat(triad("workspace", "info", "--workspace", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not a Triad workspace").contains("Backups of this workspace")
                .contains("daily");
        assertThat(Files.readAllBytes(file)).containsExactly('n', 'o', 'p', 'e');
    }

    @Test
    void restoreListsTheBackupsAndRestoresOneByNumber() throws IOException {
        Path file = populated();
        Workspace.open(file).close();
        Files.write(file, new byte[0]);
        assertThat(triad("workspace", "restore", "--workspace", file.toString())).isZero();
        assertThat(out.toString()).contains(" 1  ").contains("daily");
        assertThat(triad("workspace", "restore", "--workspace", file.toString(), "1")).isZero();
        assertThat(out.toString()).contains("Restored").contains("kept in");
        assertThat(WorkspaceInspector.inspect(file).answers()).isEqualTo(4);
        assertThat(triad("workspace", "restore", "--workspace", file.toString(), "99")).isEqualTo(1);
        assertThat(err.toString()).contains("no backup number 99");
    }

    @Test
    void assessmentListPrintsOnePerLineIdFirst() {
        Path file = dir.resolve("ws.triad");
        String id;
        try (Workspace ws = Workspace.create(file)) {
            id = StoreFixtures.populate(ws, "c1").id();
            ws.assessments().makeFinal(id);
        }
        assertThat(triad("assessment", "list", "--workspace", file.toString())).isZero();
        assertThat(out.toString().lines()).singleElement().asString()
                .startsWith(id + "\t2025\tfinal\tmini-test@1.0.0\tCông ty May c1");
    }

    @Test
    void commandsOnAMissingWorkspaceFailWithAClearMessage() {
        String missing = dir.resolve("missing.triad").toString();
        assertThat(triad("assessment", "list", "--workspace", missing)).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
        assertThat(triad("workspace", "info", "--workspace", missing)).isEqualTo(1);
        assertThat(triad("score", "--workspace", missing, "--assessment", "x")).isEqualTo(1);
        assertThat(dir.resolve("missing.triad")).doesNotExist();
    }

    @Test
    void scoreReadsAStoredAssessmentWithItsStoredPack() {
        Path file = dir.resolve("ws.triad");
        Assessment a;
        try (Workspace ws = Workspace.create(file)) {
            a = StoreFixtures.populate(ws, "c1");
        }
        assertThat(triad("score", "--workspace", file.toString(), "--assessment", a.id())).isZero();
        assertThat(out.toString()).contains(a.id()).contains("mini-test");
        assertThat(triad("score", "--workspace", file.toString(), "--assessment", "nope")).isEqualTo(1);
        assertThat(err.toString()).contains("no assessment \"nope\"");
        assertThat(triad("score", "--workspace", file.toString())).isEqualTo(2);
    }

    @Test
    void exportImportAndCsvWorkFromTheCommandLine() throws IOException {
        Path file = populated();
        Path json = dir.resolve("c1.json");
        assertThat(triad("workspace", "export", "--workspace", file.toString(), "--company", "c1", json.toString())).isZero();
        Path other = dir.resolve("other.triad");
        Workspace.create(other).close();
        try (Workspace ws = Workspace.open(other)) {
            ws.packs().store(StoreFixtures.packJson());
        }
        assertThat(triad("workspace", "import", "--workspace", other.toString(), json.toString())).isZero();
        assertThat(out.toString()).contains("1 companies added");
        assertThat(triad("workspace", "import", "--workspace", other.toString(), json.toString())).isZero();
        assertThat(out.toString()).contains("0 companies added, 1 updated");
        assertThat(WorkspaceInspector.inspect(other).answers()).isEqualTo(4);
        Files.writeString(json, "{\"format\": \"triad-exchange\", \"formatVersion\": 7}");
        assertThat(triad("workspace", "import", "--workspace", other.toString(), json.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("version 7 is not supported").contains("unchanged");
        Path csv = dir.resolve("answers.csv");
        assertThat(triad("workspace", "csv", "--workspace", other.toString(), "--lang", "vi", csv.toString())).isZero();
        assertThat(Files.readString(csv)).contains("Nước có được đo đếm không?");
    }

    private Path populated() {
        Path file = dir.resolve("ws.triad");
        try (Workspace ws = Workspace.create(file)) {
            StoreFixtures.populate(ws, "c1");
        }
        return file;
    }
}
