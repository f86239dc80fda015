package org.triadcsr.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings a workspace up to the schema this version knows, one numbered script at a time, each in its own
 * transaction together with the new {@code user_version} (decision 0006). Scripts are resources named
 * {@code migrations/V00N__what.sql}; the list below is their order, and a shipped script never changes.
 */
public final class Migrations {
    static final List<String> SCRIPTS = List.of(
            "V001__companies_assessments_answers.sql",
            "V002__evidence_targets_actions.sql",
            "V003__final_assessments_frozen.sql",
            "V004__final_fingerprints.sql");

    /** The schema version this build writes and reads. */
    public static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        return (int) Sql.count(c, "PRAGMA user_version");
    }

    /** Migrates to {@link #LATEST}. */
    static void migrate(Connection c) throws SQLException {
        migrate(c, LATEST);
    }

    /** Migrates up to {@code target} (tests use it to build each older schema with data in it). */
    static void migrate(Connection c, int target) throws SQLException {
        int from = version(c);
        for (int v = from + 1; v <= target; v++) {
            apply(c, v);
        }
    }

    private static void apply(Connection c, int version) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (version == 1) {
                Sql.update(c, "PRAGMA application_id = " + Database.APPLICATION_ID);
            }
            for (String statement : statements(script(version))) {
                Sql.update(c, statement);
            }
            if (version == Fingerprints.SCHEMA) {
                Fingerprints.storeMissing(c);
            }
            Sql.update(c, "PRAGMA user_version = " + version);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static String script(int version) {
        String name = "migrations/" + SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements: each ends with a semicolon at the end of a line; a trigger ends with
     * a line {@code END;}. Lines starting with {@code --} are comments.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (current.length() == 0) {
                inTrigger = trimmed.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER");
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration script ends without ';': " + current);
        }
        return out;
    }
}
