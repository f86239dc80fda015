package org.triadcsr.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.packs.BundledPacks;

class PacksCommandTest {
    @TempDir
    Path dir;

    @Test
    void listShowsEveryBundledPackWithItsCounts() {
        CliRun run = CliRun.of(dir, "packs", "list");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(5);
        assertThat(run.out()).contains("textile-garment", "general-sme", "questions", "KPIs");
        assertThat(CliRun.of(dir, "packs", "list", "--lang", "vi").out()).contains("Dệt may");
    }

    @Test
    void validateAcceptsABundledPack() throws IOException {
        Path pack = dir.resolve("electronics.json");
        Files.write(pack, BundledPacks.json("electronics"));
        CliRun run = CliRun.of(dir, "packs", "validate", pack.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("valid").contains("electronics");
    }

    @Test
    void validateReportsEveryProblemWithLineAndColumnAndFails() throws IOException {
        String json = new String(BundledPacks.json("general-sme"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"kind\": \"maturity\"", "\"kind\": \"slider\"")
                .replaceFirst("\"tier\": \"core\"", "\"tier\": \"gold\"");
        Path pack = dir.resolve("broken.json");
        Files.writeString(pack, json);
        CliRun run = CliRun.of(dir, "packs", "validate", pack.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("broken.json: 2 problems")
                .containsPattern("broken\\.json:\\d+:\\d+: 'slider' is not a known kind")
                .contains("'gold' is not a known tier (allowed: core, advanced)");
    }

    @Test
    void validateNamesAMissingFile() {
        CliRun run = CliRun.of(dir, "packs", "validate", dir.resolve("nope.json").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nope.json: no such file");
    }

    @Test
    void idsPrintsTheStableIdListOfAPack() throws IOException {
        Path pack = dir.resolve("general-sme.json");
        Files.write(pack, BundledPacks.json("general-sme"));
        CliRun run = CliRun.of(dir, "packs", "ids", pack.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("soc.hours.overtime-month kpi").contains("soc.hours.overtime-month/ot_max_month_h input");
    }
}
