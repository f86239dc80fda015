package org.triadcsr.app.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.RecordingDialogs;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.portfolio.Company;

class WorkspaceViewModelTest {
    @TempDir
    Path dir;

    @Test
    void searchFiltersByNameOrProvinceAndDeleteAsksFirst() {
        try (Workspace ws = Workspace.create(dir.resolve("w.triad"))) {
            ws.companies().save(new Company("a", "Công ty May An Phú", "textile-garment", "Nam Định", CompanyProfile.unknown()));
            ws.companies().save(new Company("b", "Hợp tác xã Mây tre", "handicraft-furniture", "Hà Nội", CompanyProfile.unknown()));
            RecordingDialogs dialogs = new RecordingDialogs();
            WorkspaceViewModel vm = new WorkspaceViewModel(ws, Messages.forLanguage("en"), TaskRunner.DIRECT, dialogs);
            vm.load(true);
            assertThat(vm.offerDemoProperty().get()).as("not empty: no demo offer").isFalse();
            vm.searchProperty().set("hà nội");
            assertThat(vm.companies()).extracting(Company::id).containsExactly("b");
            vm.searchProperty().set("");
            dialogs.confirmAnswer = false;
            vm.delete(vm.companies().get(0));
            assertThat(dialogs.last()).contains("This cannot be undone").contains("backup");
            assertThat(ws.companies().count()).isEqualTo(2);
            dialogs.confirmAnswer = true;
            vm.delete(vm.companies().get(0));
            assertThat(ws.companies().count()).isEqualTo(1);
        }
    }

    @Test
    void anEmptyWorkspaceOnAFirstStartOffersTheDemoWhichAddsTheCompanies() {
        try (Workspace ws = Workspace.create(dir.resolve("w.triad"))) {
            WorkspaceViewModel vm = new WorkspaceViewModel(ws, Messages.forLanguage("vi"), TaskRunner.DIRECT,
                    new RecordingDialogs());
            vm.load(true);
            assertThat(vm.offerDemoProperty().get()).isTrue();
            vm.addDemo(() -> { });
            assertThat(vm.offerDemoProperty().get()).isFalse();
            assertThat(vm.companies()).hasSize(5);
            assertThat(vm.statusProperty().get()).contains("5 doanh nghiệp");
        }
    }
}
