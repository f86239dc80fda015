package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.portfolio.AssessmentStatus;

/** Every migration runs on a file of the previous schema with data in it, and keeps that data. */
class StoreMigrationsTest {
    @TempDir
    Path dir;

    private Connection at(Path file, int version) throws SQLException {
        Connection c = Database.openWriter(file);
        Migrations.migrate(c, version);
        assertThat(Migrations.version(c)).isEqualTo(version);
        return c;
    }

    /** Data as schema 1 holds it, written with schema 1's own columns. */
    private static void schema1Data(Connection c, String status) throws SQLException {
        Sql.update(c, "INSERT INTO pack_copy VALUES ('mini-test', '1.0.0', ?, 'x', '2025-01-01T00:00:00Z')",
                (Object) StoreFixtures.packJson());
        Sql.update(c, "INSERT INTO company VALUES ('c1', 'Công ty Dệt', 'textile', 'Hà Nội', 'I',"
                + " 'industry_construction', 120, 80.5, NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
        Sql.update(c, "INSERT INTO assessment VALUES ('a1', 'c1', 'mini-test', '1.0.0', '2025', 'An', 'draft',"
                + " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
        Sql.update(c, "INSERT INTO answer VALUES ('a1', 'env.water.metering', 'level', 3, NULL, 'ghi chú', 'now')");
        Sql.update(c, "INSERT INTO answer VALUES ('a1', 'env.water.use', 'kpi', NULL, NULL, '', 'now')");
        Sql.update(c, "INSERT INTO kpi_input (assessment_id, question_id, input_id, period, annual)"
                + " VALUES ('a1', 'env.water.use', 'output_kg', 'annual', 5000)");
        Sql.update(c, "UPDATE assessment SET status = ? WHERE id = 'a1'", status);
    }

    @Test
    void schema1IsCreatedOnAnEmptyFileAndMarksItAsTriad() throws SQLException {
        try (Connection c = at(dir.resolve("v1.triad"), 1)) {
            assertThat(Sql.count(c, "PRAGMA application_id")).isEqualTo(Database.APPLICATION_ID);
            assertThat(Sql.count(c, "PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow()).isEqualTo("wal");
            schema1Data(c, "draft");
            assertThatThrownBy(() -> Sql.update(c, "INSERT INTO assessment VALUES ('a2', 'nobody', 'p', '1', '2025',"
                    + " NULL, 'draft', 'x', 'x')")).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void schema2KeepsSchema1DataAndAddsEvidenceTargetsAndActions() throws SQLException {
        Path file = dir.resolve("v2.triad");
        try (Connection c = at(file, 1)) {
            schema1Data(c, "draft");
            Migrations.migrate(c, 2);
            assertThat(Sql.count(c, "SELECT count(*) FROM answer WHERE assessment_id = 'a1'")).isEqualTo(2);
            assertThat(Sql.count(c, "SELECT level FROM answer WHERE question_id = 'env.water.metering'")).isEqualTo(3);
            Sql.update(c, "INSERT INTO evidence (id, assessment_id, note, created_at) VALUES ('e1', 'a1', 'xem sổ', 'now')");
            Sql.update(c, "INSERT INTO target (id, company_id, kpi_question_id, value) VALUES ('t1', 'c1', 'env.water.use', 50)");
            Sql.update(c, "INSERT INTO improvement_action (id, company_id, title, status) VALUES ('x1', 'c1', 'Meters', 'planned')");
            assertThatThrownBy(() -> Sql.update(c, "INSERT INTO evidence (id, assessment_id, data, created_at)"
                    + " VALUES ('e2', 'a1', x'00', 'now')")).hasMessageContaining("CHECK");
        }
    }

    @Test
    void schema3FreezesAssessmentsThatWereAlreadyFinalUnderSchema2() throws SQLException {
        Path file = dir.resolve("v3.triad");
        try (Connection c = at(file, 2)) {
            schema1Data(c, "final");
            Sql.update(c, "INSERT INTO evidence (id, assessment_id, note, created_at) VALUES ('e1', 'a1', 'note', 'now')");
            Migrations.migrate(c, 3);
            assertThat(Sql.count(c, "SELECT count(*) FROM answer")).isEqualTo(2);
            assertThatThrownBy(() -> Sql.update(c, "UPDATE answer SET level = 1")).hasMessageContaining("TRIAD_FROZEN");
            assertThatThrownBy(() -> Sql.update(c, "DELETE FROM evidence")).hasMessageContaining("TRIAD_FROZEN");
            assertThatThrownBy(() -> Sql.update(c, "UPDATE assessment SET status = 'draft'"))
                    .hasMessageContaining("TRIAD_FROZEN");
        }
    }

    @Test
    void openingAnOlderWorkspaceBacksItUpFirstThenMigratesIt() throws SQLException {
        Path file = dir.resolve("old.triad");
        try (Connection c = at(file, 2)) {
            schema1Data(c, "final");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.assessments().find("a1").orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
            assertThat(ws.answers().of("a1").get("env.water.metering").orElseThrow().value())
                    .isEqualTo(new AnswerValue.Level(3));
        }
        assertThat(WorkspaceInspector.inspect(file).schemaVersion()).isEqualTo(Migrations.LATEST);
        List<Backup> backups = Backups.list(file);
        Backup before = backups.stream().filter(b -> b.why().startsWith("before-schema")).findFirst().orElseThrow();
        WorkspaceInfo old = WorkspaceInspector.inspect(before.file());
        assertThat(old.schemaVersion()).isEqualTo(2);
        assertThat(old.answers()).isEqualTo(2);
    }

    @Test
    void aFailingScriptLeavesTheFileAtThePreviousVersion() throws SQLException {
        try (Connection c = at(dir.resolve("fail.triad"), 1)) {
            schema1Data(c, "draft");
            Sql.update(c, "CREATE TABLE target (x)");
            assertThatThrownBy(() -> Migrations.migrate(c, 2)).isInstanceOf(SQLException.class);
            assertThat(Migrations.version(c)).isEqualTo(1);
            assertThat(Sql.count(c, "SELECT count(*) FROM sqlite_schema WHERE name = 'evidence'")).isZero();
        }
    }

    @Test
    void scriptsSplitIntoStatementsKeepingTriggerBodiesWhole() {
        List<String> statements = Migrations.statements(Migrations.script(3));
        assertThat(statements).allMatch(s -> s.startsWith("CREATE TRIGGER")).allMatch(s -> s.endsWith("END;"));
        assertThat(Migrations.statements(Migrations.script(1))).hasSize(7);
        assertThat(Migrations.LATEST).isEqualTo(Migrations.SCRIPTS.size());
    }
}
