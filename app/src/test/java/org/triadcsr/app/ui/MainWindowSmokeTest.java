package org.triadcsr.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {
    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path workspace = folder.resolve("smoke.triad");
        new MainWindow(new MainViewModel(workspace, Messages.forLocale(Locale.ENGLISH))).show(stage);
    }

    @Test
    void showsWorkspaceInTitleAndStatusBar(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Triad \u2014 smoke.triad");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("smoke.triad");
    }

    @Test
    void emptyWorkspaceShowsNoCompanies(FxRobot robot) {
        ListView<?> companies = robot.lookup("#companies").queryAs(ListView.class);
        assertThat(companies.getItems()).isEmpty();
        assertThat(((Label) companies.getPlaceholder()).getText()).isEqualTo("No companies yet.");
        assertThat(robot.lookup("#welcome").queryAs(Label.class).getText()).contains("environmental, social and productivity");
    }
}
