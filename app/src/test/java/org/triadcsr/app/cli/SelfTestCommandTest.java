package org.triadcsr.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfTestCommandTest {
    @TempDir
    Path home;

    @Test
    void printsEveryStepWithItsTimeAndPasses() {
        CliRun run = CliRun.of(home, "--lang", "en", "selftest");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("\\[1/7\\] Create a temporary workspace \\.\\.\\. passed, \\d+ ms: .*selftest\\.triad")
                .containsPattern("\\[2/7\\] Load every bundled indicator pack \\.\\.\\. passed, \\d+ ms: 5 packs, \\d+ questions")
                .containsPattern("\\[3/7\\] Add the demo companies \\.\\.\\. passed, \\d+ ms: 5 companies, \\d+ assessments")
                .containsPattern("\\[4/7\\] Score the demo assessments \\.\\.\\. passed, \\d+ ms: \\d+ assessments scored")
                .containsPattern("\\[7/7\\] Delete everything the self-test made \\.\\.\\. passed, \\d+ ms: .* is gone")
                .containsPattern("Self-test passed: \\d of 7 steps passed");
    }

    @Test
    void aStepThatIsNotInThisBuildIsNeverShownAsPassed() {
        CliRun run = CliRun.of(home, "--lang", "en", "selftest");
        run.out().lines().filter(l -> l.startsWith("[") && l.contains("not available")).forEach(l -> assertThat(l).doesNotContain("passed"));
    }

    @Test
    void speaksVietnamese() {
        CliRun run = CliRun.of(home, "--lang", "vi", "selftest");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Tự kiểm tra Triad").contains("Nạp mọi bộ chỉ số đi kèm ... đạt")
                .contains("Tự kiểm tra đạt");
    }
}
