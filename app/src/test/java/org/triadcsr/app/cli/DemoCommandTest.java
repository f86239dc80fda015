package org.triadcsr.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.packs.BundledPacks;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsTheWorkspaceAndAddsADemoCompanyPerPack() {
        Path file = dir.resolve("demo.triad");
        CliRun run = CliRun.of(dir, "demo", "--workspace", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Công ty TNHH May Sông Hồng").contains(BundledPacks.IDS.size() + " demo companies");
        try (Workspace ws = Workspace.openForReading(file)) {
            assertThat(ws.companies().count()).isEqualTo(BundledPacks.IDS.size());
        }
        CliRun again = CliRun.of(dir, "demo", "--workspace", file.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 demo companies added");
    }
}
