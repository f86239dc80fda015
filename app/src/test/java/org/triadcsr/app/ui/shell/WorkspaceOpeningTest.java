package org.triadcsr.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.RecordingDialogs;
import org.triadcsr.app.ui.TaskRunner;

class WorkspaceOpeningTest {
    @TempDir
    Path dir;

    @Test
    void aMistypedPathIsCreatedOnlyAfterAsking() {
        Path typo = dir.resolve("clinets.triad");
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.confirmAnswer = false;
        AtomicBoolean gaveUp = new AtomicBoolean();
        new WorkspaceOpening(Messages.forLanguage("vi"), TaskRunner.DIRECT, dialogs).open(typo, true,
                ws -> { throw new AssertionError("must not open"); }, () -> gaveUp.set(true));
        assertThat(dialogs.last()).contains("Tạo không gian làm việc mới?").contains("clinets.triad");
        assertThat(gaveUp).isTrue();
        assertThat(Files.exists(typo)).isFalse();
        dialogs.confirmAnswer = true;
        AtomicReference<Workspace> opened = new AtomicReference<>();
        new WorkspaceOpening(Messages.forLanguage("vi"), TaskRunner.DIRECT, dialogs).open(typo, true, opened::set, () -> { });
        assertThat(Files.exists(typo)).isTrue();
        opened.get().close();
    }

    @Test
    void aWorkspaceOpenElsewhereIsNamedInTheUsersLanguageAndNothingOpens() {
        Path file = dir.resolve("busy.triad");
        try (Workspace first = Workspace.create(file)) {
            RecordingDialogs dialogs = new RecordingDialogs();
            AtomicBoolean gaveUp = new AtomicBoolean();
            new WorkspaceOpening(Messages.forLanguage("vi"), TaskRunner.DIRECT, dialogs).open(file, false,
                    ws -> { throw new AssertionError("must not open twice"); }, () -> gaveUp.set(true));
            assertThat(dialogs.last()).startsWith("error: Không gian làm việc đang được mở");
            assertThat(gaveUp).isTrue();
        }
    }

    @Test
    void aDamagedFileOffersItsBackupsInFullAndSaysWhatTheRestoredCopyHolds() throws Exception {
        Path file = dir.resolve("damaged.triad");
        try (Workspace ws = Workspace.create(file)) {
            ws.companies().save(new org.triadcsr.model.portfolio.Company("c", "Công ty A", "general", "Huế",
                    org.triadcsr.model.company.CompanyProfile.unknown()));
        }
        try (Workspace ws = Workspace.open(file)) {
            // opening takes the daily backup
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        RecordingDialogs dialogs = new RecordingDialogs();
        AtomicReference<Workspace> opened = new AtomicReference<>();
        new WorkspaceOpening(Messages.forLanguage("en"), TaskRunner.DIRECT, dialogs).open(file, false, opened::set,
                () -> { });
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).startsWith("choose: The workspace file is damaged")
                .doesNotContain("SQLITE").contains("damaged.triad"));
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).startsWith("info: Backup restored")
                .contains("1 companies"));
        assertThat(opened.get()).isNotNull();
        assertThat(opened.get().companies().count()).isEqualTo(1);
        opened.get().close();
    }
}
