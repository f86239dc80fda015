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
                .containsPattern("\\[5/7\\] Write a PDF report \\.\\.\\. passed, \\d+ ms: .*selftest-report\\.pdf")
                .containsPattern("\\[6/7\\] Verify the PDF report \\.\\.\\. passed, \\d+ ms: \\d+ pages, fingerprint [0-9a-f]{64}")
                .containsPattern("\\[7/7\\] Delete everything the self-test made \\.\\.\\. passed, \\d+ ms: .* is gone")
                .contains("Self-test passed: 7 of 7 steps passed, 0 not available in this build");
    }

    @Test
    void speaksVietnamese() {
        CliRun run = CliRun.of(home, "--lang", "vi", "selftest");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Tự kiểm tra Triad").contains("Nạp mọi bộ chỉ số đi kèm ... đạt")
                .contains("Tự kiểm tra đạt");
    }
}
