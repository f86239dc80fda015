package org.triadcsr.app.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.selftest.SelfTestResult.Outcome;

class SelfTestTest {
    @TempDir
    static Path standardScratch;

    /** One run of the standard steps (a few seconds: the demo and the PDF), shared by the tests that read it. */
    private static List<SelfTestResult> results;
    private static final List<SelfTestResult> HEARD = new ArrayList<>();

    @TempDir
    Path scratch;

    private final List<SelfTestResult> heard = new ArrayList<>();

    @BeforeAll
    static void runTheStandardSteps() throws IOException {
        results = SelfTest.standard().run(standardScratch, java.util.Locale.ENGLISH, HEARD::add);
    }

    @Test
    void theStandardStepsPassAndLeaveNothingBehind() throws IOException {
        assertThat(SelfTest.passed(results)).isTrue();
        assertThat(HEARD).isEqualTo(results);
        assertThat(outcome(results, SelfTestSteps.WORKSPACE)).isEqualTo(Outcome.PASSED);
        assertThat(outcome(results, SelfTestSteps.PACKS)).isEqualTo(Outcome.PASSED);
        assertThat(outcome(results, SelfTestSteps.DEMO)).isEqualTo(Outcome.PASSED);
        assertThat(outcome(results, SelfTestSteps.SCORE)).isEqualTo(Outcome.PASSED);
        assertThat(outcome(results, SelfTestSteps.REPORT)).isEqualTo(Outcome.PASSED);
        assertThat(outcome(results, SelfTestSteps.VERIFY)).isEqualTo(Outcome.PASSED);
        assertThat(results).extracting(SelfTestResult::outcome).containsOnly(Outcome.PASSED);
        assertThat(results.get(results.size() - 1).step().key()).isEqualTo(SelfTestSteps.CLEANUP);
        assertThat(results.get(results.size() - 1).outcome()).isEqualTo(Outcome.PASSED);
        try (Stream<Path> left = Files.list(standardScratch)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void thePackStepCountsEveryBundledPack() {
        SelfTestResult packs = results.stream().filter(r -> r.step().key().equals(SelfTestSteps.PACKS)).findFirst()
                .orElseThrow();
        assertThat(packs.detail().get(0)).isEqualTo(5);
        assertThat((Integer) packs.detail().get(1)).isGreaterThan(100);
    }

    @Test
    void theReportIsARealPdfThatVerifies() {
        SelfTestResult report = results.stream().filter(r -> r.step().key().equals(SelfTestSteps.REPORT))
                .findFirst().orElseThrow();
        SelfTestResult verify = results.stream().filter(r -> r.step().key().equals(SelfTestSteps.VERIFY))
                .findFirst().orElseThrow();
        assertThat((Long) report.detail().get(1)).isGreaterThan(10_000L);
        assertThat((Integer) verify.detail().get(0)).isPositive();
        assertThat((String) verify.detail().get(1)).matches("[0-9a-f]{64}");
    }

    @Test
    void aStepThatNeedsAnUnavailableStepIsUnavailableNotPassed() throws IOException {
        SelfTest test = new SelfTest(List.of(
                SelfTestStep.unavailable("first"),
                SelfTestStep.of("second", s -> new Object[0], "first")), noCleanup());
        List<SelfTestResult> results = test.run(scratch, java.util.Locale.ENGLISH, heard::add);
        assertThat(results).extracting(SelfTestResult::outcome)
                .containsExactly(Outcome.UNAVAILABLE, Outcome.UNAVAILABLE, Outcome.PASSED);
        assertThat(SelfTest.passed(results)).isTrue();
    }

    @Test
    void afterAFailureTheRestIsNotRunButTheCleanupIs() throws IOException {
        SelfTest test = new SelfTest(List.of(
                SelfTestStep.of("breaks", s -> {
                    throw new IllegalStateException("broken on purpose");
                }),
                SelfTestStep.of("after", s -> new Object[0])), SelfTestSteps.cleanup());
        List<SelfTestResult> results = test.run(scratch, java.util.Locale.ENGLISH, heard::add);

        assertThat(results).extracting(SelfTestResult::outcome)
                .containsExactly(Outcome.FAILED, Outcome.NOT_RUN, Outcome.PASSED);
        assertThat(results.get(0).failure()).hasMessage("broken on purpose");
        assertThat(SelfTest.passed(results)).isFalse();
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).isEmpty();
        }
    }

    private static SelfTestStep noCleanup() {
        return SelfTestStep.of("cleanup", s -> new Object[0]);
    }

    private static Outcome outcome(List<SelfTestResult> results, String key) {
        return results.stream().filter(r -> r.step().key().equals(key)).findFirst().orElseThrow().outcome();
    }
}
