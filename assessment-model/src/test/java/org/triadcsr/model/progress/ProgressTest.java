package org.triadcsr.model.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.triadcsr.model.TestPacks.annual;
import static org.triadcsr.model.TestPacks.level;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triadcsr.model.TestPacks;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.pack.Direction;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.Scorer;

class ProgressTest {
    private static ScoreCard card(String id, Answer... answers) {
        return Scorer.score(TestPacks.pack(), Answers.of(List.of(answers)), CompanyProfile.unknown(), id, "c");
    }

    @Test
    void deltasAreLaterMinusEarlierMatchedById() {
        ScoreCard baseline = card("y1", level("env.water.metering", 1), annual("env.water.intensity", "water_m3", 8, "output_kg", 40));
        ScoreCard followUp = card("y2", level("env.water.metering", 3), annual("env.water.intensity", "water_m3", 4, "output_kg", 40));
        Progress p = Progress.between(baseline, followUp);
        Progress.Delta water = p.topics().stream().filter(t -> t.id().equals("env.water")).findFirst().orElseThrow();
        assertThat(water.earlier()).isCloseTo(12.5, within(1e-9));   // (25 + 0) / 2
        assertThat(water.later()).isCloseTo(62.5, within(1e-9));     // (75 + 50) / 2: 100 L/kg is exactly typical
        assertThat(water.delta()).isCloseTo(50.0, within(1e-9));
        Progress.KpiChange intensity = p.kpis().get(0);
        assertThat(intensity.changePercent()).isCloseTo(-50.0, within(1e-9));
        assertThat(p.topics().stream().filter(t -> t.id().equals("prd.5s")).findFirst().orElseThrow().delta()).isNull();
    }

    @Test
    void kpiChangeIsUndefinedFromZero() {
        assertThat(Progress.changePercent(0.0, 5.0)).isNull();
        assertThat(Progress.changePercent(null, 5.0)).isNull();
        assertThat(Progress.changePercent(4.0, 5.0)).isEqualTo(25.0);
    }

    @Test
    void onlyAssessmentsOfOnePackCompare() {
        ScoreCard other = new ScoreCard("x", "c", "other-pack", "1.0.0", null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> Progress.between(card("y1"), other)).hasMessageContaining("one pack");
    }

    @ParameterizedTest(name = "baseline {0}, target {1}, now {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        "100, 60, 80, 0.5",     // lower is better, half way
        "100, 60, 60, 1.0",
        "100, 60, 40, 1.0",     // beyond the target: clamped
        "100, 60, 120, 0.0",    // worse than baseline: clamped
        "40, 80, 60, 0.5",      // higher is better, same formula
        "50, 50, 40, -",        // baseline equals target: undefined
        "-, 50, 40, -"})
    void targetAttainment(Double baseline, double target, Double now, Double expected) {
        Target t = new Target("t", "env.water.intensity", target, LocalDate.of(2027, 12, 31), "");
        assertThat(t.attainment(baseline, now)).isEqualTo(expected);
    }

    @Test
    void peerPercentileCountsWorseAndHalfOfEqual() {
        List<Double> peers = Arrays.asList(10.0, 20.0, 30.0, 30.0, 50.0, null);
        // lower is better, own 30: worse = 1 (50), equal = 2 -> 100 * (1 + 1) / 5 = 40
        assertThat(PeerPosition.percentile(30.0, peers, Direction.LOWER_IS_BETTER)).isEqualTo(40.0);
        // higher is better, own 30: worse = 2 (10, 20), equal = 2 -> 100 * 3 / 5 = 60
        assertThat(PeerPosition.scorePercentile(30.0, peers)).isEqualTo(60.0);
    }

    @Test
    void fewerThanFivePeersWithAValueShowNothing() {
        assertThat(PeerPosition.scorePercentile(50.0, Arrays.asList(1.0, 2.0, 3.0, 4.0, null, null))).isNull();
        assertThat(PeerPosition.scorePercentile(50.0, List.of(1.0, 2.0, 3.0, 4.0, 5.0))).isEqualTo(100.0);
        assertThat(PeerPosition.scorePercentile(null, List.of(1.0, 2.0, 3.0, 4.0, 5.0))).isNull();
    }
}
