package org.triadcsr.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.packs.BundledPacks;

/** The main view model without the toolkit, its background work run at once. */
class MainViewModelTest {
    @TempDir
    Path dir;

    @Test
    void packLinesSpeakTheUiLanguage() {
        MainViewModel model = new MainViewModel(dir.resolve("w.triad"), Messages.forLocale(Locale.forLanguageTag("vi")), TaskRunner.DIRECT);
        model.load(List::of, BundledPacks::all);
        assertThat(model.packs()).extracting(MainViewModel.PackLine::name).contains("Dệt may", "Da giày", "Điện tử");
        var textile = BundledPacks.get("textile-garment").orElseThrow();
        assertThat(model.packs().get(0).detail())
                .startsWith("Phiên bản " + textile.version() + " · " + textile.questions().size() + " câu hỏi");
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void aFileThatIsNotAWorkspaceGivesAClearErrorAndStaysUntouched() throws IOException {
        Path notes = dir.resolve("notes.triad");
        Files.writeString(notes, "meeting notes, not a workspace");
        MainViewModel model = new MainViewModel(notes, Messages.forLocale(Locale.ENGLISH), TaskRunner.DIRECT);
        model.load(() -> Workspace.openOrCreate(notes).companies().list(), BundledPacks::all);
        assertThat(model.errorProperty().get()).containsIgnoringCase("not a Triad workspace");
        assertThat(model.statusProperty().get()).startsWith("Could not load:");
        assertThat(model.companies()).isEmpty();
        assertThat(Files.readString(notes)).isEqualTo("meeting notes, not a workspace");
    }

    @Test
    void aDamagedWorkspaceIsOfferedItsBackupsAndRestoringOneBringsTheCompaniesBack() throws IOException {
        Path file = dir.resolve("portfolio.triad");
        try (Workspace w = Workspace.create(file)) {
            w.companies().save(new Company("c-1", "Công ty Gốm Bát Tràng", "handicraft-furniture", "Hà Nội",
                    new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 25, 5.0, null, WageRegion.I)));
        }
        Workspace.open(file).close();   // the first open of the day takes the daily backup
        Files.write(file, new byte[] {1, 2, 3, 4});   // the laptop lost power while a tool rewrote the file
        Files.deleteIfExists(Path.of(file + "-wal"));
        MainViewModel model = new MainViewModel(file, Messages.forLocale(Locale.ENGLISH), TaskRunner.DIRECT);
        model.load(() -> {
            try (Workspace w = Workspace.openOrCreate(file)) {
                return w.companies().list();
            }
        }, List::of);
        assertThat(model.errorProperty().get()).isNotNull();
        assertThat(model.offeredBackups()).hasSize(1);
        assertThat(model.describe(model.offeredBackups().get(0))).endsWith("KB");
        model.restore(model.offeredBackups().get(0));
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.companies()).containsExactly("Công ty Gốm Bát Tràng");
        assertThat(model.offeredBackups()).isEmpty();
    }
}
