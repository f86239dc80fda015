package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 2 of issue 10: only a file Triad created, or a 0-byte file the user asks to make a workspace of, becomes
 * one. An empty SQLite database of another program is refused by every path, and never gets Triad's tables.
 */
class StoreForeignFileTest {
    @TempDir
    Path dir;

    /** A SQLite file another program made and left empty: application id 0, user version 0, no tables. */
    private Path emptyForeignDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE scratch (x)");
            st.execute("DROP TABLE scratch");
        }
        assertThat(Files.size(file)).isPositive();
        return file;
    }

    @Test
    void anEmptyForeignDatabaseIsNotAWorkspace() throws Exception {
        Path file = emptyForeignDatabase();
        String before = StoreFixtures.sha256(file);
        for (ThrowingOpen open : new ThrowingOpen[] {WorkspaceInspector::inspect, Workspace::open, Workspace::openForReading}) {
            assertThatThrownBy(() -> open.run(file)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.reason()).isEqualTo(StoreException.Reason.UNUSABLE_FILE);
                assertThat(e.getMessage()).contains("not a Triad workspace").doesNotContain("schema 0");
            });
        }
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void importIntoAnEmptyForeignDatabaseWritesNoTablesIntoIt() throws Exception {
        Path file = emptyForeignDatabase();
        String before = StoreFixtures.sha256(file);
        Path exchange = dir.resolve("in.json");
        Path source = dir.resolve("source.triad");
        try (Workspace ws = Workspace.create(source)) {
            StoreFixtures.populate(ws, "c1");
            ws.exchange().exportTo(exchange, null);
        }
        StringBuilderWriter err = new StringBuilderWriter();
        int code = org.triadcsr.app.cli.Cli.run(new String[] {"workspace", "import", "--workspace", file.toString(),
            exchange.toString()}, r -> 0, new org.triadcsr.app.env.UserDataFolder(dir), new java.io.PrintWriter(
                new java.io.StringWriter()), err.writer());
        assertThat(code).isEqualTo(1);
        assertThat(err.text()).contains("not a Triad workspace");
        assertThat(StoreFixtures.sha256(file)).isEqualTo(before);
    }

    @Test
    void aZeroByteFileTheUserChoseBecomesAWorkspaceWhenAskedToCreateOne() throws Exception {
        Path file = Files.createFile(dir.resolve("new.triad"));
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.getMessage()).contains("is empty (0 bytes)"));
        try (Workspace ws = Workspace.create(file)) {
            ws.companies().save(StoreFixtures.company("c1", "Công ty Mới"));
        }
        assertThat(WorkspaceInspector.inspect(file).companies()).isEqualTo(1);
        Path notEmpty = Files.writeString(dir.resolve("notes.triad"), "ghi chú", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Workspace.create(notEmpty)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.getMessage()).contains("already exists and is not empty"));
        assertThat(Files.readString(notEmpty, StandardCharsets.UTF_8)).isEqualTo("ghi chú");
    }

    @FunctionalInterface
    private interface ThrowingOpen {
        Object run(Path file) throws Exception;
    }

    /** Collects what a command prints on its error stream. */
    private static final class StringBuilderWriter {
        private final java.io.StringWriter text = new java.io.StringWriter();

        java.io.PrintWriter writer() {
            return new java.io.PrintWriter(text);
        }

        String text() {
            return text.toString();
        }
    }
}
