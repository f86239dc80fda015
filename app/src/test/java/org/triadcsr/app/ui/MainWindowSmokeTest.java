package org.triadcsr.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.packs.BundledPacks;

/** The real main window on a real workspace file, headless. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {
    @TempDir
    static Path folder;
    private static Workspace workspace;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path file = folder.resolve("smoke.triad");
        if (workspace == null) {
            workspace = Workspace.create(file);
            workspace.companies().save(new Company("c-1", "Công ty TNHH Da giày Phú Thọ", "leather-footwear", "Phú Thọ",
                    new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, 80, 30.0, null, WageRegion.III)));
        }
        MainViewModel model = new MainViewModel(file, Messages.forLocale(Locale.ENGLISH), TaskRunner.DIRECT);
        new MainWindow(model).show(stage);
        model.load(() -> workspace.companies().list(), BundledPacks::all);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Test
    void showsWorkspaceInTitleAndStatusBar(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Triad \u2014 smoke.triad");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("smoke.triad");
    }

    @Test
    void listsTheWorkspacesCompaniesWithVietnameseNames(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> companies = robot.lookup("#companies").queryAs(ListView.class);
        assertThat(companies.getItems()).extracting(Object::toString).containsExactly("Công ty TNHH Da giày Phú Thọ");
        assertThat(robot.lookup("Công ty TNHH Da giày Phú Thọ").tryQuery()).isPresent();
    }

    @Test
    void listsTheFiveBundledPacks(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> packs = robot.lookup("#packs").queryAs(ListView.class);
        assertThat(packs.getItems()).hasSize(5);
        assertThat(robot.lookup("Textile and garment").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcome").queryAs(Label.class).getText()).contains("environmental, social and productivity");
    }
}
