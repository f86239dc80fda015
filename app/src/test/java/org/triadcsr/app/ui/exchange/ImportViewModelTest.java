package org.triadcsr.app.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.demo.Demo;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.RecordingDialogs;
import org.triadcsr.app.ui.TaskRunner;

class ImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void thePreviewNamesWhatIsAddedAndNothingIsImportedWithoutTheUsersYes() throws Exception {
        Path file = dir.resolve("textile.json");
        try (Workspace source = Workspace.create(dir.resolve("source.triad"))) {
            Demo.add(source, Locale.ENGLISH, LocalDate.of(2026, 6, 1));
            source.exchange().exportTo(file, Demo.companies().get(0).id());
        }
        try (Workspace target = Workspace.create(dir.resolve("target.triad"))) {
            RecordingDialogs dialogs = new RecordingDialogs();
            ImportViewModel vm = new ImportViewModel(target, Messages.forLanguage("en"), TaskRunner.DIRECT, dialogs);
            dialogs.confirmAnswer = false;
            vm.importFile(file, () -> { });
            assertThat(dialogs.last()).contains("add the company Công ty TNHH May Sông Hồng")
                    .contains("add the assessment 2025 (final");
            assertThat(target.companies().count()).isZero();
            dialogs.confirmAnswer = true;
            vm.importFile(file, () -> { });
            assertThat(dialogs.last()).startsWith("info: ").contains("1 companies added");
            assertThat(target.assessments().all()).hasSize(2);
            assertThat(vm.preview(file)).anySatisfy(line -> assertThat(line).contains("already the same"));
        }
    }

    @Test
    void aFileThatIsNotAnExchangeFileChangesNothingAndSaysSo() throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "{\"hello\": 1}");
        try (Workspace target = Workspace.create(dir.resolve("target.triad"))) {
            RecordingDialogs dialogs = new RecordingDialogs();
            new ImportViewModel(target, Messages.forLanguage("vi"), TaskRunner.DIRECT, dialogs).importFile(file, () -> { });
            assertThat(dialogs.last()).startsWith("error: Nhập tệp trao đổi").contains("không phải là tệp trao đổi Triad");
            assertThat(target.companies().count()).isZero();
        }
    }
}
