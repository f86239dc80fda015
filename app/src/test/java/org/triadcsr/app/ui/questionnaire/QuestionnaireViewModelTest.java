package org.triadcsr.app.ui.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.packs.BundledPacks;

/** The questionnaire's logic on a real workspace file, without the toolkit. */
class QuestionnaireViewModelTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Assessment assessment;
    private Pack pack;

    @BeforeEach
    void setUp() {
        ws = Workspace.create(dir.resolve("q.triad"));
        pack = ws.packs().store(BundledPacks.json("textile-garment"));
        ws.companies().save(new Company("c1", "Công ty May Thử", "textile-garment", "Nam Định",
                new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 50, 20.0, null, WageRegion.II)));
        assessment = ws.assessments().create("c1", pack.id(), pack.version(), "2026", "An");
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private QuestionnaireViewModel open(String language) {
        QuestionnaireViewModel vm = new QuestionnaireViewModel(ws, Messages.forLanguage(language), TaskRunner.DIRECT);
        vm.show(assessment.id());
        return vm;
    }

    private void goTo(QuestionnaireViewModel vm, String questionId) {
        vm.goTo(pack.questions().indexOf(pack.question(questionId).orElseThrow()));
    }

    @Test
    void aChosenLevelIsSavedAndCountsInItsTopic() {
        QuestionnaireViewModel vm = open("en");
        goTo(vm, "env.ems.system");
        assertThat(vm.answerKey("3")).isTrue();
        assertThat(ws.answers().of(assessment.id()).get("env.ems.system").orElseThrow().value())
                .isEqualTo(new AnswerValue.Level(3));
        assertThat(vm.saveStatusProperty().get()).startsWith("Saved");
        assertThat(vm.nav()).filteredOn(l -> l.id().equals("env.ems")).singleElement()
                .satisfies(l -> assertThat(l.answered()).isEqualTo(1));
    }

    @Test
    void aFigureThatIsNotANumberIsExplainedAndNeverSaved() {
        QuestionnaireViewModel vm = open("vi");
        goTo(vm, "soc.hours.overtime-month");
        KpiField hours = vm.editor().kpiFields().get(0);
        hours.annualProperty().set("52 giờ");
        assertThat(hours.errorProperty().get()).contains("“52 giờ” không phải là số");
        assertThat(ws.answers().of(assessment.id()).get("soc.hours.overtime-month")).isEmpty();
        hours.annualProperty().set("1.052,5");
        assertThat(hours.errorProperty().get()).isNull();
        assertThat(ws.answers().of(assessment.id()).get("soc.hours.overtime-month").orElseThrow().value())
                .isEqualTo(new AnswerValue.KpiInputs(Map.of("ot_max_month_h", new InputValue.Annual(1052.5))));
        assertThat(vm.flagProperty().get()).contains("nghiêm trọng");
    }

    @Test
    void theKpiValueAndItsBandFollowWhatIsTyped() {
        QuestionnaireViewModel vm = open("en");
        goTo(vm, "env.water.intensity");
        KpiField water = vm.editor().kpiFields().get(0);
        assertThat(water.monthlyProperty().get()).as("the pack asks for water month by month").isTrue();
        for (int month = 0; month < 11; month++) {
            water.months().get(month).set("300");
        }
        assertThat(vm.kpiValueProperty().get()).contains("not computed");
        vm.editor().kpiFields().get(1).monthlyProperty().set(false);
        vm.editor().kpiFields().get(1).annualProperty().set("100,000");
        assertThat(vm.kpiValueProperty().get()).as("December still missing").contains("not computed");
        water.months().get(11).set("700");
        assertThat(vm.kpiValueProperty().get()).contains("Value: 40").contains("Sector benchmark");
        assertThat(ws.answers().of(assessment.id()).get("env.water.intensity")).isPresent();
    }

    @Test
    void anAnnualFigureCanReplaceTheMonths() {
        QuestionnaireViewModel vm = open("en");
        goTo(vm, "env.water.intensity");
        vm.editor().kpiFields().forEach(f -> f.monthlyProperty().set(false));
        vm.editor().kpiFields().get(0).annualProperty().set("4,000");
        assertThat(vm.kpiValueProperty().get()).contains("not computed");
        vm.editor().kpiFields().get(1).annualProperty().set("100,000");
        assertThat(vm.kpiValueProperty().get()).contains("Value: 40").contains("Sector benchmark");
    }

    @Test
    void notApplicableWithoutAReasonIsRefusedAndWithOneIsSaved() {
        QuestionnaireViewModel vm = open("en");
        goTo(vm, "env.wastewater.treatment");
        vm.editor().notApplicableProperty().set(true);
        assertThat(vm.errorProperty().get()).contains("needs a reason");
        assertThat(ws.answers().of(assessment.id()).get("env.wastewater.treatment")).isEmpty();
        vm.editor().naReasonProperty().set("No wet processing on site");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(ws.answers().of(assessment.id()).get("env.wastewater.treatment").orElseThrow().value())
                .isEqualTo(new AnswerValue.NotApplicable("No wet processing on site"));
    }

    @Test
    void keysMoveBetweenQuestionsAndTopics() {
        QuestionnaireViewModel vm = open("en");
        vm.goTo(0);
        vm.next();
        assertThat(vm.current().id()).isEqualTo(pack.questions().get(1).id());
        vm.nextTopic();
        assertThat(pack.topicOf(vm.current().id()).id()).isEqualTo("env.energy");
        vm.previousTopic();
        assertThat(vm.current().id()).isEqualTo("env.ems.system");
        assertThat(vm.find("wastewater")).isTrue();
        assertThat(vm.current().id()).startsWith("env.wastewater");
    }

    @Test
    void aFinalAssessmentIsReadOnlyAndIgnoresEdits() {
        ws.assessments().makeFinal(assessment.id());
        QuestionnaireViewModel vm = open("en");
        assertThat(vm.readOnlyProperty().get()).isTrue();
        goTo(vm, "env.ems.system");
        assertThat(vm.answerKey("2")).isFalse();
        vm.editor().levelProperty().set(2);
        assertThat(ws.answers().of(assessment.id()).size()).isZero();
    }

    @Test
    void aStoreFailureSaysWhatHappenedAndWhatWasKept() throws Exception {
        QuestionnaireViewModel vm = open("en");
        goTo(vm, "env.ems.system");
        vm.answerKey("1");
        ws.assessments().makeFinal(assessment.id());   // behind the screen's back: the next save is refused
        vm.answerKey("4");
        assertThat(vm.saveFailedProperty().get()).isTrue();
        assertThat(vm.errorProperty().get()).startsWith("Not saved:").contains("last saved answer is kept");
        assertThat(ws.answers().of(assessment.id()).get("env.ems.system").orElseThrow().value())
                .isEqualTo(new AnswerValue.Level(1));
        assertThat(Files.exists(ws.file())).isTrue();
    }
}
