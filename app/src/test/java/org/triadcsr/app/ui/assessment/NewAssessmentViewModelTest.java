package org.triadcsr.app.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.RecordingDialogs;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;

class NewAssessmentViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theSectorPackIsPreselectedAndABrokenPackFileListsItsProblemsWithLines() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("n.triad"))) {
            NewAssessmentViewModel vm = new NewAssessmentViewModel(ws, Messages.forLanguage("en"), TaskRunner.DIRECT);
            vm.prepare("leather-footwear", null);
            assertThat(vm.packProperty().get().pack().id()).isEqualTo("leather-footwear");
            assertThat(vm.canFollowUpProperty().get()).isFalse();
            Path broken = dir.resolve("broken.json");
            Files.writeString(broken, "{\n  \"format\": \"triad-pack\",\n  \"id\": 7\n}\n");
            vm.choosePackFile(broken);
            assertThat(vm.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("Line "));
            assertThat(vm.packProperty().get().pack().id()).as("the choice is unchanged").isEqualTo("leather-footwear");
        }
    }

    @Test
    void aFollowUpCopiesTheLastAnswersIntoANewDraftForTheNextYear() {
        try (Workspace ws = Workspace.create(dir.resolve("n.triad"))) {
            ws.companies().save(new Company("c", "Công ty A", "general", "Huế", CompanyProfile.unknown()));
            var pack = ws.packs().store(org.triadcsr.packs.BundledPacks.json("general-sme"));
            Assessment first = ws.assessments().create("c", pack.id(), pack.version(), "2025", "Lan");
            ws.answers().save(first.id(), Answer.of("env.ems.system", new AnswerValue.Level(2)));
            ws.assessments().makeFinal(first.id());
            NewAssessmentViewModel vm = new NewAssessmentViewModel(ws, Messages.forLanguage("vi"), TaskRunner.DIRECT);
            vm.prepare("general", first);
            assertThat(vm.followUpProperty().get()).isTrue();
            assertThat(vm.periodProperty().get()).isEqualTo("2026");
            AtomicReference<String> opened = new AtomicReference<>();
            vm.start("c", opened::set);
            Assessment next = ws.assessments().find(opened.get()).orElseThrow();
            assertThat(next.status()).isEqualTo(AssessmentStatus.DRAFT);
            assertThat(ws.answers().of(next.id()).get("env.ems.system")).isPresent();
        }
    }
}
