package org.triadcsr.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.questionnaire.QuestionnaireViewModel;
import org.triadcsr.app.ui.settings.Settings;
import org.triadcsr.app.ui.settings.SettingsFile;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;

/** The real window on real workspace files, headless: the journeys a new user takes. */
@ExtendWith(ApplicationExtension.class)
class WindowFlowTest {
    @TempDir
    Path dir;
    private Stage stage;
    private TriadWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (window != null && window.workspace() != null) {
                window.workspace().close();
            }
            stage.hide();
        });
    }

    private void openWindow(FxRobot robot, String language, Path file, Path defaultWorkspace) {
        SettingsFile settings = new SettingsFile(dir.resolve("settings-" + language + ".properties"));
        robot.interact(() -> {
            window = new TriadWindow(stage, TaskRunner.DIRECT, settings, Settings.defaults(language).withSize(1366, 768),
                    AssessmentTabs.NONE, defaultWorkspace);
            stage.show();
            window.open(file, false);
        });
    }

    private static String text(String en, String vi, String language) {
        return "vi".equals(language) ? vi : en;
    }

    @Test
    void fromAnEmptyWorkspaceToAFollowUpInEnglish(FxRobot robot) {
        journey(robot, "en");
    }

    @Test
    void fromAnEmptyWorkspaceToAFollowUpInVietnamese(FxRobot robot) {
        journey(robot, "vi");
    }

    private void journey(FxRobot robot, String lang) {
        Messages m = Messages.forLanguage(lang);
        openWindow(robot, lang, dir.resolve("journey.triad"), dir.resolve("default.triad"));
        assertThat(robot.lookup("#demo-offer").query().isVisible()).as("only the default workspace offers it").isFalse();
        robot.clickOn("#new-company");
        robot.clickOn("#company-name").write("Công ty TNHH Bao bì Thử");
        robot.clickOn("#company-employees").write("35");
        robot.clickOn("#company-revenue").write(lang.equals("vi") ? "12,5" : "12.5");
        assertThat(robot.lookup("#company-size").queryAs(Label.class).getText())
                .isEqualTo(text("Small enterprise", "Doanh nghiệp nhỏ", lang));
        robot.clickOn("#save-company");
        robot.clickOn("#start-assessment");
        Workspace ws = window.workspace();
        Assessment draft = ws.assessments().all().get(0);
        assertThat(draft.packId()).isEqualTo("general-sme");

        QuestionnaireViewModel q = findQuestionnaire(robot);
        List<Question> questions = ws.packs().find(draft.packId(), draft.packVersion()).orElseThrow().questions();
        for (QuestionKind kind : QuestionKind.values()) {
            Question question = questions.stream().filter(x -> x.kind() == kind && x.limits().isEmpty()).findFirst().orElseThrow();
            robot.interact(() -> q.goTo(questions.indexOf(question)));
            switch (kind) {
                case MATURITY -> robot.clickOn("#answer-3");
                case YESNO -> robot.clickOn("#answer-yes");
                case CHOICE -> robot.clickOn("#answer-" + question.options().get(0).id());
                case KPI -> {
                    for (var input : question.kpi().inputs()) {
                        robot.interact(() -> q.editor().kpiFields().forEach(f -> f.monthlyProperty().set(false)));
                        var before = ws.answers().of(draft.id()).get(question.id());
                        robot.clickOn("#kpi-" + input.id()).write("abc");
                        String refused = text("“abc” is not a number", "“abc” không phải là số", lang);
                        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.isVisible()
                                && l.getText() != null && l.getText().startsWith(refused)).tryQuery()).isPresent();
                        assertThat(ws.answers().of(draft.id()).get(question.id())).as("refused, never saved").isEqualTo(before);
                        robot.eraseText(3).write("250");
                    }
                    assertThat(robot.lookup("#kpi-value").queryAs(Label.class).getText())
                            .startsWith(text("Value:", "Giá trị:", lang));
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ws.answers().of(draft.id()).get(question.id())).as(kind.id()).isPresent();
        }
        assertThat(robot.lookup("#saved-indicator").queryAs(Label.class).getText())
                .startsWith(text("Saved", "Đã lưu", lang));

        robot.clickOn("#finalise");
        robot.clickOn(m.get("finalise.confirm"));
        assertThat(ws.assessments().find(draft.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
        assertThat(robot.lookup("#final-badge").query().isVisible()).isTrue();
        assertThat(robot.lookup("#read-only").query().isVisible()).isTrue();

        robot.clickOn("Công ty TNHH Bao bì Thử");   // the breadcrumb back to the company
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#start-assessment");
        List<Assessment> all = ws.assessments().forCompany(draft.companyId());
        assertThat(all).hasSize(2);
        Assessment followUp = all.stream().filter(a -> a.status() == AssessmentStatus.DRAFT).findFirst().orElseThrow();
        assertThat(followUp.period()).isEqualTo(String.valueOf(Integer.parseInt(draft.period()) + 1));
        assertThat(ws.answers().of(followUp.id()).size()).isEqualTo(ws.answers().of(draft.id()).size());
    }

    private QuestionnaireViewModel findQuestionnaire(FxRobot robot) {
        Node node = robot.lookup("#questionnaire").query();
        return (QuestionnaireViewModel) node.getProperties().get(QuestionnaireViewModel.class);
    }

    @Test
    void aWholeTopicIsAnsweredFromTheKeyboardAlone(FxRobot robot) {
        Path file = dir.resolve("keys.triad");
        Assessment a;
        try (Workspace ws = Workspace.create(file)) {
            ws.companies().save(new org.triadcsr.model.portfolio.Company("k", "Công ty Phím", "general", "Huế",
                    org.triadcsr.model.company.CompanyProfile.unknown()));
            var pack = ws.packs().store(org.triadcsr.packs.BundledPacks.json("general-sme"));
            a = ws.assessments().create("k", pack.id(), pack.version(), "2026", "");
        }
        openWindow(robot, "en", file, dir.resolve("default.triad"));
        robot.interact(() -> window.showAssessment(a.id()));
        Workspace ws = window.workspace();
        Topic topic = ws.packs().find(a.packId(), a.packVersion()).orElseThrow().topicOf("env.ems.system");
        robot.clickOn("#question-text");
        for (Question question : topic.questions()) {
            robot.type(question.kind() == QuestionKind.MATURITY ? KeyCode.DIGIT2 : KeyCode.Y);
            robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        }
        var answers = ws.answers().of(a.id());
        for (Question question : topic.questions()) {
            assertThat(answers.get(question.id()).orElseThrow().value()).isIn(new AnswerValue.Level(2), AnswerValue.YesNo.YES);
        }
        assertThat(robot.lookup("#topics").queryAs(ListView.class).getItems()).anySatisfy(line -> assertThat(
                (org.triadcsr.app.ui.questionnaire.NavLine) line).satisfies(l -> {
                    assertThat(l.id()).isEqualTo(topic.id());
                    assertThat(l.complete()).isTrue();
                }));
    }

    @Test
    void aFirstStartOnTheEmptyDefaultWorkspaceOffersTheDemoAndOpensIt(FxRobot robot) {
        Path file = dir.resolve("workspace.triad");
        openWindow(robot, "vi", file, file);
        assertThat(robot.lookup("#demo-offer").query().isVisible()).isTrue();
        robot.clickOn("#add-demo");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> companies = robot.lookup("#companies").queryAs(ListView.class);
        assertThat(companies.getItems()).hasSize(5);
        robot.doubleClickOn("Công ty TNHH May Sông Hồng");
        ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        assertThat(timeline.getItems()).hasSize(2);
        assertThat(robot.lookup("#demo-offer").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).contains("workspace.triad");
        assertThat(robot.lookup("#language").tryQuery()).isPresent();
        assertThat(((TextField) robot.lookup("#company-name").query()).getText()).isEqualTo("Công ty TNHH May Sông Hồng");
    }
}
