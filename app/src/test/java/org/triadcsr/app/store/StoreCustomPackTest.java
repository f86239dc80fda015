package org.triadcsr.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.cli.Cli;
import org.triadcsr.app.env.UserDataFolder;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.portfolio.Assessment;

/**
 * Defect 7 of issue 10: an assessment made with a pack that does not ship with Triad travels with a copy of that
 * pack version, is checked against it on import and can be scored there; {@code triad packs add} adds a pack
 * version to a workspace by hand.
 */
class StoreCustomPackTest {
    @TempDir
    Path dir;

    private String exportWithCustomPack() {
        try (Workspace ws = Workspace.create(dir.resolve("source.triad"))) {
            Assessment a = StoreFixtures.populate(ws, "c1");
            ws.assessments().makeFinal(a.id());
            return ExchangeSchema.assertValid(ws.exchange().export(null));
        }
    }

    private int triad(StringWriter out, StringWriter err, String... args) {
        return Cli.run(args, r -> 0, new UserDataFolder(dir), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theExchangeFileCarriesThePackAndTheImportingWorkspaceChecksAndScoresWithIt() throws Exception {
        String json = exportWithCustomPack();
        var doc = ExchangeReader.read(json);
        assertThat(doc.packs()).hasSize(1);
        assertThat(doc.pack(StoreFixtures.PACK_ID, StoreFixtures.PACK_VERSION).orElseThrow().json())
                .isEqualTo(StoreFixtures.packJson());
        try (Workspace target = Workspace.create(dir.resolve("target.triad"))) {
            ImportResult result = target.exchange().importJson(json, PackLibrary.bundled());
            assertThat(result.warnings()).isEmpty();
            assertThat(target.packs().list()).contains(StoreFixtures.PACK_ID + "@" + StoreFixtures.PACK_VERSION);
            String id = target.assessments().all().get(0).id();
            assertThat(WorkspaceScore.score(target, id).card().overall()).isNotNull();
            // The same data fingerprints the same on both sides.
            assertThat(target.assessments().fingerprint(id)).isPresent();
        }
    }

    @Test
    void anAnswerTheCarriedPackDoesNotAllowIsRefused() throws Exception {
        String json = exportWithCustomPack().replace("\"level\" : 3", "\"level\" : 4")
                .replace("\"option\" : \"iso9001\"", "\"option\" : \"no-such-option\"");
        try (Workspace target = Workspace.create(dir.resolve("target.triad"))) {
            assertThatThrownBy(() -> target.exchange().importJson(json, PackLibrary.bundled()))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.getMessage())
                            .contains("was not imported").contains("no-such-option"));
            assertThat(target.assessments().all()).isEmpty();
        }
    }

    @Test
    void scoreReadsThePackFromTheExchangeFile() throws Exception {
        Path file = Files.writeString(dir.resolve("custom.json"), exportWithCustomPack());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(triad(out, err, "score", "--file", file.toString(), "--format", "text")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Mini test pack 1.0.0").contains("Overall");
    }

    @Test
    void packsAddAddsAPackVersionToAWorkspace() throws Exception {
        String json = exportWithCustomPack();
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
        tree.remove("packs");
        Path target = dir.resolve("target.triad");
        try (Workspace ws = Workspace.create(target)) {
            assertThat(ws.exchange().importJson(tree.toString(), PackLibrary.bundled()).warnings()).hasSize(1);
        }
        Path pack = Files.write(dir.resolve("mini-pack.json"), StoreFixtures.packJson());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(triad(out, err, "packs", "add", "--workspace", target.toString(), pack.toString())).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Added the pack mini-test 1.0.0 to target.triad");
        try (Workspace ws = Workspace.openForReading(target)) {
            assertThat(WorkspaceScore.score(ws, ws.assessments().all().get(0).id()).card().overall()).isNotNull();
        }
        StringWriter again = new StringWriter();
        assertThat(triad(again, new StringWriter(), "packs", "add", "--workspace", target.toString(), pack.toString(),
                "--lang", "vi")).isZero();
        assertThat(again.toString()).contains("đã có bản sao này");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": 1}");
        StringWriter brokenErr = new StringWriter();
        assertThat(triad(new StringWriter(), brokenErr, "packs", "add", "--workspace", target.toString(),
                broken.toString())).isEqualTo(1);
        assertThat(brokenErr.toString()).contains("is not a valid pack").contains("triad packs validate");
    }
}
