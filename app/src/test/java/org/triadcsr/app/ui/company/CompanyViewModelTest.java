package org.triadcsr.app.ui.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.demo.Demo;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.portfolio.Company;

class CompanyViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theSizeClassFollowsTheFiguresAsTheyAreTyped() {
        try (Workspace ws = Workspace.create(dir.resolve("c.triad"))) {
            CompanyViewModel vm = new CompanyViewModel(ws, Messages.forLanguage("vi"), TaskRunner.DIRECT);
            vm.show(null);
            assertThat(vm.sizeClassProperty().get()).startsWith("Chưa xác định");
            vm.employeesProperty().set("80");
            vm.revenueProperty().set("45,5");
            assertThat(vm.sizeClassProperty().get()).isEqualTo("Doanh nghiệp nhỏ");
            vm.fieldProperty().set(Field.TRADE_SERVICES);
            assertThat(vm.sizeClassProperty().get()).isEqualTo("Doanh nghiệp vừa");
        }
    }

    @Test
    void anInvalidFigureIsExplainedAndNothingIsSaved() {
        try (Workspace ws = Workspace.create(dir.resolve("c.triad"))) {
            CompanyViewModel vm = new CompanyViewModel(ws, Messages.forLanguage("en"), TaskRunner.DIRECT);
            vm.show(null);
            vm.nameProperty().set("Công ty TNHH Thử");
            vm.employeesProperty().set("twelve");
            vm.save(c -> { });
            assertThat(vm.errorProperty().get()).contains("“twelve” is not a number of employees");
            assertThat(ws.companies().count()).isZero();
            vm.employeesProperty().set("12");
            vm.save(c -> { });
            assertThat(ws.companies().list()).extracting(Company::name).containsExactly("Công ty TNHH Thử");
        }
    }

    @Test
    void theTimelineShowsEveryAssessmentWithStatusScoreAndRating() {
        try (Workspace ws = Workspace.create(dir.resolve("c.triad"))) {
            Demo.add(ws, Locale.ENGLISH, LocalDate.of(2026, 6, 1));
            CompanyViewModel vm = new CompanyViewModel(ws, Messages.forLanguage("en"), TaskRunner.DIRECT);
            vm.show(Demo.companies().get(0).id());
            assertThat(vm.timeline()).hasSize(2);
            assertThat(vm.timeline().get(0).period()).isEqualTo("2026");
            assertThat(vm.timeline().get(0).status()).isEqualTo("draft");
            assertThat(vm.timeline().get(1).status()).isEqualTo("final");
            assertThat(vm.timeline().get(1).rating()).isIn("developing", "beginner");
            assertThat(vm.latestProperty().get().period()).isEqualTo("2026");
        }
    }
}
