package org.triadcsr.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.cli.Cli;
import org.triadcsr.app.env.UserDataFolder;
import org.triadcsr.app.report.chart.ChartText;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.app.ui.actions.ActionsViewModel;
import org.triadcsr.app.ui.improvements.ImprovementsViewModel;
import org.triadcsr.app.ui.progress.ProgressViewModel;
import org.triadcsr.app.ui.results.ResultsViewModel;
import org.triadcsr.model.improvement.ImprovementRanking;
import org.triadcsr.model.portfolio.ImprovementAction.ActionStatus;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.scoring.ScoreCard;

/** The four analysis view models on a real workspace file, run synchronously, no toolkit. */
class AnalysisViewModelsTest {
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final Messages VI = Messages.forLocale(Locale.forLanguageTag("vi"));
    @TempDir
    Path dir;
    private AnalysisFixture f;

    @BeforeEach
    void setUp() {
        f = AnalysisFixture.create(dir);
    }

    @AfterEach
    void tearDown() {
        f.workspace().close();
    }

    @Test
    void resultsShowTheNumbersThatScoreFormatJsonPrints() throws Exception {
        ResultsViewModel vm = new ResultsViewModel(f.workspace(), EN, TaskRunner.DIRECT);
        vm.show(f.followUp().id());
        assertThat(vm.errorProperty().get()).isNull();
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"score", "--workspace", f.workspace().file().toString(), "--assessment",
            f.followUp().id(), "--format", "json"}, r -> {
                throw new AssertionError("no window");
            }, new UserDataFolder(dir.resolve("home")), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        ChartText text = ChartText.forLocale(Locale.ENGLISH);
        assertThat(vm.overallProperty().get()).isEqualTo(text.score(json.get("overall").asDouble()));
        assertThat(vm.ratingProperty().get()).isEqualTo(EN.get("results.rating." + json.get("rating").asText()));
        assertThat(vm.completenessProperty().get()).isEqualTo(text.percent(json.get("completeness").asDouble()));
        for (JsonNode t : json.get("topics")) {
            ResultsViewModel.TopicLine line = vm.topics().stream().filter(l -> l.topicId().equals(t.get("id").asText()))
                    .findFirst().orElseThrow();
            assertThat(line.score()).isEqualTo(t.get("score").isNull() ? ChartText.UNDEFINED : text.score(t.get("score").asDouble()));
        }
        for (JsonNode k : json.get("kpis")) {
            ResultsViewModel.KpiLine line = vm.kpis().stream().filter(l -> l.questionId().equals(k.get("id").asText()))
                    .findFirst().orElseThrow();
            assertThat(line.value()).isEqualTo(k.get("value").isNull() ? ChartText.UNDEFINED
                    : text.value(k.get("value").asDouble(), k.get("unit").asText()));
            if (!k.get("band").isNull()) {
                assertThat(line.band()).isEqualTo(text.band(org.triadcsr.model.scoring.Band.valueOf(
                        k.get("band").asText().toUpperCase(Locale.ROOT))));
            }
        }
        assertThat(vm.flags()).hasSize(json.get("flags").size());
        assertThat(vm.dataProperty().get().card().overall()).isEqualTo(json.get("overall").asDouble());
    }

    @Test
    void flagsComeFirstCriticalBeforeMajorWithTheirLegalBasis() {
        ResultsViewModel vm = new ResultsViewModel(f.workspace(), VI, TaskRunner.DIRECT);
        vm.show(f.followUp().id());
        ScoreCard card = vm.dataProperty().get().card();
        assertThat(card.flags()).as("the sample answers breach a limit").isNotEmpty();
        boolean seenMajor = false;
        for (ResultsViewModel.FlagLine line : vm.flags()) {
            assertThat(line.basis()).isNotBlank();
            assertThat(line.severity()).isIn("nghiêm trọng", "đáng kể");
            assertThat(line.critical() && seenMajor).as("critical after major").isFalse();
            seenMajor |= !line.critical();
        }
        if (card.ratingCappedByCriticalFlag()) {
            assertThat(vm.ratingNoteProperty().get()).contains("tối đa là đang phát triển");
        }
    }

    @Test
    void anIncompleteAssessmentExplainsTheCompletenessRule() {
        var draft = f.workspace().assessments().create(f.company().id(), f.pack().id(), f.pack().version(), "2027", "A");
        ResultsViewModel vm = new ResultsViewModel(f.workspace(), EN, TaskRunner.DIRECT);
        vm.show(draft.id());
        assertThat(vm.ratingProperty().get()).isEqualTo("Rating: incomplete");
        assertThat(vm.ratingNoteProperty().get()).contains("at least 80").contains("0");
        assertThat(vm.overallProperty().get()).isEqualTo("\u2013");
    }

    @Test
    void improvementsListTheModelsRankingWithActionsAndCosts() {
        ImprovementsViewModel vm = new ImprovementsViewModel(f.workspace(), VI, TaskRunner.DIRECT);
        vm.show(f.followUp().id());
        WorkspaceScore.Scored scored = WorkspaceScore.score(f.workspace(), f.followUp().id());
        var ranked = ImprovementRanking.rank(scored.pack(), f.workspace().answers().of(f.followUp().id()),
                f.company().profile());
        assertThat(vm.lines()).hasSize(ranked.size()).isNotEmpty();
        ChartText text = ChartText.forLocale(Locale.forLanguageTag("vi"));
        for (int i = 0; i < ranked.size(); i++) {
            assertThat(vm.lines().get(i).questionId()).isEqualTo(ranked.get(i).questionId());
            assertThat(vm.lines().get(i).gain()).isEqualTo(text.delta(ranked.get(i).gain()));
        }
        assertThat(vm.lines().get(0).actions()).contains(ranked.get(0).actions().get(0).currency())
                .doesNotContain(",00 ");
        assertThat(vm.summaryProperty().get()).contains("bước");
    }

    @Test
    void progressComparesWithTheBaselineAndShowsTargetAttainment() {
        ProgressViewModel vm = new ProgressViewModel(f.workspace(), EN, TaskRunner.DIRECT);
        vm.show(f.followUp().id());
        assertThat(vm.earlierChoices()).extracting(ProgressViewModel.Choice::label).containsExactly("2025");
        Progress p = Progress.between(WorkspaceScore.score(f.workspace(), f.baseline().id()).card(),
                WorkspaceScore.score(f.workspace(), f.followUp().id()).card());
        ChartText text = ChartText.forLocale(Locale.ENGLISH);
        assertThat(vm.deltas().get(0).delta()).isEqualTo(text.delta(p.overallDelta()));
        for (Progress.Delta d : p.domains()) {
            assertThat(vm.deltas()).filteredOn(l -> l.id().equals(d.id())).singleElement()
                    .satisfies(l -> assertThat(l.delta()).isEqualTo(text.delta(d.delta())));
        }
        assertThat(vm.deltas()).filteredOn(l -> l.id().equals(AnalysisFixture.WATER)).hasSize(1);
        assertThat(vm.chartsProperty().get().points()).hasSize(2);
        assertThat(vm.targets()).singleElement().satisfies(t -> {
            assertThat(t.due()).isEqualTo("31 Dec 2026");
            assertThat(t.attainment()).endsWith("%");
        });
    }

    @Test
    void aTargetIsSavedInTheUsersNumberFormAndABadOneIsRefused() {
        ProgressViewModel vm = new ProgressViewModel(f.workspace(), VI, TaskRunner.DIRECT);
        vm.show(f.followUp().id());
        assertThat(vm.saveTarget(null, "prd.labour.line-efficiency", "mười", LocalDate.of(2027, 6, 30))).isFalse();
        assertThat(vm.errorProperty().get()).contains("mười");
        assertThat(f.workspace().progress().targets(f.company().id())).hasSize(1);
        assertThat(vm.saveTarget(null, "prd.labour.line-efficiency", "1.234,5", LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(f.workspace().progress().targets(f.company().id()))
                .anySatisfy(t -> assertThat(t.value()).isEqualTo(1234.5));
        assertThat(vm.targets()).hasSize(2).anySatisfy(t -> assertThat(t.due()).isEqualTo("30/06/2027"));
        assertThat(vm.saveTarget("t-water", AnalysisFixture.WATER, "55", LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(f.workspace().progress().targets(f.company().id())).hasSize(2)
                .anySatisfy(t -> assertThat(t.value()).isEqualTo(55.0));
    }

    @Test
    void actionPlanSuggestsForEveryFlagAndWeakTopicsMarksOverdueAndFilters() {
        Clock clock = Clock.fixed(AnalysisFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ActionsViewModel vm = new ActionsViewModel(f.workspace(), EN, TaskRunner.DIRECT, clock);
        vm.show(f.followUp().id());
        ScoreCard card = WorkspaceScore.score(f.workspace(), f.followUp().id()).card();
        for (var flag : card.flags()) {
            String topic = f.pack().topicOf(flag.questionId()).id();
            assertThat(vm.suggestions()).anySatisfy(s -> {
                assertThat(s.topicId()).isEqualTo(topic);
                assertThat(s.flagged()).isTrue();
            });
        }
        assertThat(vm.suggestions()).anySatisfy(s -> assertThat(s.reason()).startsWith("weak topic"));
        assertThat(vm.actions()).hasSize(2);
        assertThat(vm.actions()).filteredOn(ActionsViewModel.ActionLine::overdue).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo("In progress \u00b7 overdue"));
        vm.statusFilterProperty().set(ActionStatus.PLANNED);
        assertThat(vm.actions()).extracting(ActionsViewModel.ActionLine::id).containsExactly("act-2");
        vm.statusFilterProperty().set(null);
        vm.domainFilterProperty().set("environment");
        assertThat(vm.actions()).extracting(ActionsViewModel.ActionLine::id).containsExactly("act-1");
    }

    @Test
    void actionsAreAddedAdoptedAndEditedAndBadAmountsRefused() {
        ActionsViewModel vm = new ActionsViewModel(f.workspace(), VI, TaskRunner.DIRECT, Clock.systemUTC());
        vm.show(f.followUp().id());
        assertThat(vm.save(null, "Kiểm tra rò rỉ khí nén", "An", LocalDate.of(2026, 8, 1), ActionStatus.PLANNED,
                "hai triệu", "", "prd.maintenance", null)).isFalse();
        assertThat(vm.errorProperty().get()).contains("hai triệu");
        assertThat(vm.save(null, " ", "An", null, null, "", "", null, null)).isFalse();
        assertThat(f.workspace().progress().actions(f.company().id())).hasSize(2);
        assertThat(vm.save(null, "Kiểm tra rò rỉ khí nén", "An", LocalDate.of(2026, 8, 1), ActionStatus.PLANNED,
                "2.500.000", "1.000.000", "prd.maintenance", null)).isTrue();
        assertThat(f.workspace().progress().actions(f.company().id()))
                .anySatisfy(a -> assertThat(a.cost()).isEqualTo(2_500_000.0));
        assertThat(vm.actions()).anySatisfy(l -> assertThat(l.cost()).isEqualTo("2.500.000 VND"));
        vm.adopt(vm.suggestions().get(0));
        assertThat(f.workspace().progress().actions(f.company().id())).hasSize(4)
                .anySatisfy(a -> assertThat(a.packActionId()).isEqualTo(vm.suggestions().get(0).packActionId()));
        var first = f.workspace().progress().actions(f.company().id()).stream().filter(a -> a.id().equals("act-1")).findFirst().orElseThrow();
        assertThat(vm.save("act-1", first.title(), first.owner(), first.due(), ActionStatus.DONE, "15000000", "",
                first.topicOrQuestionId(), first.packActionId())).isTrue();
        assertThat(f.workspace().progress().actions(f.company().id())).hasSize(4)
                .anySatisfy(a -> assertThat(a.status()).isEqualTo(ActionStatus.DONE));
    }
}
