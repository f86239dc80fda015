package org.triadcsr.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.model.pack.Severity;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.Evidence;
import org.triadcsr.model.scoring.Rating;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.packs.BundledPacks;

class DemoTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path dir;

    @Test
    void addsOneCompanyPerBundledPackThroughTheStore() {
        try (Workspace ws = Workspace.create(dir.resolve("demo.triad"))) {
            Demo.Result result = Demo.add(ws, Locale.ENGLISH, TODAY);
            assertThat(result.added()).hasSize(BundledPacks.IDS.size());
            assertThat(ws.companies().list().stream().map(Company::sector).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(BundledPacks.all().stream().map(p -> p.sector()).toList());
            for (Assessment a : ws.assessments().all()) {
                ScoreCard card = WorkspaceScore.score(ws, a.id()).card();
                assertThat(card.overall()).as("score of %s", a.packId()).isNotNull().isBetween(0.0, 100.0);
            }
        }
    }

    @Test
    void textileHasAFinalBaselineWithACriticalFlagAndADraftFollowUpAYearLater() {
        try (Workspace ws = Workspace.create(dir.resolve("demo.triad"))) {
            Demo.add(ws, Locale.forLanguageTag("vi"), TODAY);
            Company textile = Demo.TEXTILE.company();
            List<Assessment> timeline = ws.assessments().forCompany(textile.id());
            assertThat(timeline).extracting(Assessment::period, Assessment::status).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("2025", AssessmentStatus.FINAL),
                    org.assertj.core.groups.Tuple.tuple("2026", AssessmentStatus.DRAFT));
            Assessment baseline = timeline.stream().filter(a -> a.status() == AssessmentStatus.FINAL).findFirst().orElseThrow();
            Assessment followUp = timeline.stream().filter(a -> a.status() == AssessmentStatus.DRAFT).findFirst().orElseThrow();

            ScoreCard before = WorkspaceScore.score(ws, baseline.id()).card();
            assertThat(before.criticalFlags()).extracting(f -> f.questionId()).containsExactly(TextileStory.OVERTIME);
            assertThat(before.flags()).allMatch(f -> f.severity() == Severity.CRITICAL);
            assertThat(before.completeness()).isEqualTo(1.0);

            ScoreCard after = WorkspaceScore.score(ws, followUp.id()).card();
            assertThat(after.criticalFlags()).isEmpty();
            assertThat(after.completeness()).isLessThan(1.0);
            assertThat(after.rating()).isNotEqualTo(Rating.INCOMPLETE);

            List<Evidence> evidence = ws.evidence().of(followUp.id());
            assertThat(evidence).anySatisfy(e -> assertThat(e.expires()).isBetween(TODAY, TODAY.plusDays(30)));
            assertThat(ws.evidence().of(baseline.id())).anySatisfy(e -> assertThat(e.mediaType()).isEqualTo("image/png"));
            assertThat(ws.progress().targets(textile.id())).hasSizeGreaterThanOrEqualTo(2);
            assertThat(ws.progress().actions(textile.id())).hasSizeGreaterThanOrEqualTo(3)
                    .anySatisfy(a -> assertThat(a.title()).isNotBlank());
            assertThat(ws.answers().of(baseline.id()).get(TextileStory.OVERTIME).orElseThrow().note())
                    .contains("52 giờ");
        }
    }

    @Test
    void onlyTheTextileStoryIsFlaggedAndAddingTwiceAddsNothing() {
        try (Workspace ws = Workspace.create(dir.resolve("demo.triad"))) {
            Demo.add(ws, Locale.ENGLISH, TODAY);
            int assessments = ws.assessments().all().size();
            Demo.Result again = Demo.add(ws, Locale.ENGLISH, TODAY);
            assertThat(again.added()).isEmpty();
            assertThat(again.alreadyThere()).hasSize(BundledPacks.IDS.size());
            assertThat(ws.assessments().all()).hasSize(assessments);
            Set<String> flagged = ws.assessments().all().stream()
                    .filter(a -> !a.companyId().equals(Demo.TEXTILE.company().id()))
                    .flatMap(a -> WorkspaceScore.score(ws, a.id()).card().flags().stream())
                    .map(f -> f.questionId() + "=" + f.value()).collect(Collectors.toSet());
            assertThat(flagged).isEmpty();
        }
    }
}
