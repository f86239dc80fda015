package org.triadcsr.app.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.RecordingDialogs;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.Company;

class AssessmentViewModelTest {
    @TempDir
    Path dir;

    @Test
    void finalisingAsksFirstAndThenFreezesTheAssessment() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("a.triad"))) {
            ws.companies().save(new Company("c", "Công ty A", "general", "Huế", CompanyProfile.unknown()));
            var pack = ws.packs().store(org.triadcsr.packs.BundledPacks.json("general-sme"));
            Assessment a = ws.assessments().create("c", pack.id(), pack.version(), "2026", "Lan");
            RecordingDialogs dialogs = new RecordingDialogs();
            AssessmentViewModel vm = new AssessmentViewModel(ws, Messages.forLanguage("en"), TaskRunner.DIRECT, dialogs);
            vm.show(a.id(), () -> { });
            assertThat(vm.headerProperty().get()).contains("General SME").contains("2026").contains("draft");
            dialogs.confirmAnswer = false;
            vm.finalise(() -> { });
            assertThat(dialogs.last()).contains("This cannot be undone");
            assertThat(ws.assessments().find(a.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.DRAFT);
            dialogs.confirmAnswer = true;
            vm.finalise(() -> vm.show(a.id(), () -> { }));
            assertThat(ws.assessments().find(a.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
            assertThat(vm.finalProperty().get()).isTrue();
            Path target = dir.resolve("out.json");
            vm.export(target);
            assertThat(Files.readString(target)).contains("Công ty A");
        }
    }
}
