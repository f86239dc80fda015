package org.triadcsr.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.SpiderWebPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triadcsr.app.report.chart.ChartKey;
import org.triadcsr.app.report.chart.ChartText;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.app.ui.AssessmentTab;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.improvement.ImprovementRanking;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.scoring.ScoreCard;

/** The four analysis tabs in a real scene on a real workspace file, headless: what they show is the ScoreCard's. */
@ExtendWith(ApplicationExtension.class)
class AnalysisTabsFxTest {
    private static final ChartText TEXT = ChartText.forLocale(Locale.forLanguageTag("vi"));
    @TempDir
    static Path folder;
    private static AnalysisFixture fixture;
    private List<AssessmentTab> tabs;

    @Start
    void start(Stage stage) {
        if (fixture == null) {
            fixture = AnalysisFixture.create(folder);
        }
        tabs = AnalysisTabs.create(fixture.workspace(), Messages.forLocale(Locale.forLanguageTag("vi")), TaskRunner.DIRECT);
        TabPane pane = new TabPane();
        tabs.forEach(t -> pane.getTabs().add(new Tab(t.title(), t.root())));
        stage.setScene(new Scene(pane, 1280, 800));
        stage.show();
    }

    @AfterAll
    static void close() {
        fixture.workspace().close();
    }

    private void showAll(FxRobot robot, String assessmentId) {
        robot.interact(() -> tabs.forEach(t -> t.show(assessmentId)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScoreCard card(String id) {
        return WorkspaceScore.score(fixture.workspace(), id).card();
    }

    @Test
    void theTabsAreTitledInVietnamese() {
        assertThat(tabs).extracting(AssessmentTab::title)
                .containsExactly("Kết quả", "Điều gì nâng điểm nhiều nhất", "Tiến độ", "Kế hoạch hành động");
    }

    @Test
    void resultsShowTheScoreCardsNumbersAndRadar(FxRobot robot) {
        showAll(robot, fixture.followUp().id());
        ScoreCard card = card(fixture.followUp().id());
        assertThat(robot.lookup("#results-overall").queryAs(Label.class).getText()).isEqualTo(TEXT.score(card.overall()));
        assertThat(robot.lookup("#results-completeness").queryAs(Label.class).getText())
                .endsWith(TEXT.percent(card.completeness()));
        TableView<?> topics = robot.lookup("#results-topics").queryAs(TableView.class);
        assertThat(topics.getItems()).hasSize(card.topics().size());
        ChartViewer radar = robot.lookup(n -> n instanceof ChartViewer).queryAll().stream().map(ChartViewer.class::cast)
                .filter(v -> v.getChart() != null && v.getChart().getPlot() instanceof SpiderWebPlot).findFirst().orElseThrow();
        var data = ((SpiderWebPlot) radar.getChart().getPlot()).getDataset();
        for (ScoreCard.DomainResult d : card.domains()) {
            assertThat(data.getValue(0, data.getColumnIndex(new ChartKey(d.id(), ""))).doubleValue()).isEqualTo(d.score());
        }
        assertThat(robot.lookup("#results-flags").queryParent().getChildrenUnmodifiable()).hasSize(Math.max(1, card.flags().size()));
    }

    @Test
    void improvementsShowTheRankingOfTheModel(FxRobot robot) {
        showAll(robot, fixture.followUp().id());
        var ranked = ImprovementRanking.rank(fixture.pack(), fixture.workspace().answers().of(fixture.followUp().id()),
                fixture.company().profile());
        TableView<?> table = robot.lookup("#improvements-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(ranked.size());
        assertThat(robot.lookup(TEXT.delta(ranked.get(0).gain())).tryQuery()).isPresent();
    }

    @Test
    void progressShowsTheDeltasAgainstTheBaselineAndFollowsAnEditedFollowUp(FxRobot robot) {
        showAll(robot, fixture.followUp().id());
        TableView<?> deltas = robot.lookup("#progress-deltas").queryAs(TableView.class);
        Progress before = Progress.between(card(fixture.baseline().id()), card(fixture.followUp().id()));
        assertThat(((org.triadcsr.app.ui.progress.ProgressViewModel.DeltaLine) deltas.getItems().get(0)).delta())
                .isEqualTo(TEXT.delta(before.overallDelta()));
        Question maturity = fixture.pack().questions().stream().filter(q -> q.kind() == QuestionKind.MATURITY)
                .filter(q -> !new AnswerValue.Level(4).equals(fixture.workspace().answers().of(fixture.followUp().id())
                        .get(q.id()).map(Answer::value).orElse(null))).findFirst().orElseThrow();
        fixture.workspace().answers().save(fixture.followUp().id(), Answer.of(maturity.id(), new AnswerValue.Level(4)));
        showAll(robot, fixture.followUp().id());
        Progress after = Progress.between(card(fixture.baseline().id()), card(fixture.followUp().id()));
        assertThat(after.overallDelta()).isGreaterThan(before.overallDelta());
        assertThat(((org.triadcsr.app.ui.progress.ProgressViewModel.DeltaLine) deltas.getItems().get(0)).delta())
                .isEqualTo(TEXT.delta(after.overallDelta()));
        assertThat(robot.lookup("#progress-targets").queryAs(TableView.class).getItems()).hasSize(1);
    }

    @Test
    void actionPlanListsTheCompanysActionsAndPackSuggestions(FxRobot robot) {
        showAll(robot, fixture.followUp().id());
        assertThat(robot.lookup("#actions-table").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#actions-suggestions").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(robot.lookup("Lắp đồng hồ nước cho từng dây chuyền").tryQuery()).isPresent();
    }
}
