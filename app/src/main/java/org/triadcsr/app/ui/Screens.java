package org.triadcsr.app.ui;

import java.util.ArrayList;
import java.util.List;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.assessment.AssessmentView;
import org.triadcsr.app.ui.assessment.AssessmentViewModel;
import org.triadcsr.app.ui.assessment.NewAssessmentView;
import org.triadcsr.app.ui.assessment.NewAssessmentViewModel;
import org.triadcsr.app.ui.company.CompanyView;
import org.triadcsr.app.ui.company.CompanyViewModel;
import org.triadcsr.app.ui.exchange.ImportViewModel;
import org.triadcsr.app.ui.questionnaire.QuestionnaireView;
import org.triadcsr.app.ui.questionnaire.QuestionnaireViewModel;
import org.triadcsr.app.ui.workspace.WorkspaceView;
import org.triadcsr.app.ui.workspace.WorkspaceViewModel;

/** The screens of one open workspace in one language, built together by constructor injection. */
final class Screens {
    final WorkspaceViewModel workspaceModel;
    final WorkspaceView workspaceView;
    final CompanyViewModel companyModel;
    final CompanyView companyView;
    final NewAssessmentViewModel newAssessmentModel;
    final QuestionnaireView questionnaire;
    final AssessmentView assessmentView;
    final ImportViewModel importModel;

    Screens(Workspace workspace, Messages m, TaskRunner tasks, Dialogs dialogs, Navigator navigator,
            AssessmentTabs extraTabs, WorkspaceView.FileActions files, Runnable exportCompany,
            java.util.function.Supplier<java.nio.file.Path> exportTarget) {
        workspaceModel = new WorkspaceViewModel(workspace, m, tasks, dialogs);
        workspaceView = new WorkspaceView(workspaceModel, navigator, files);
        companyModel = new CompanyViewModel(workspace, m, tasks);
        newAssessmentModel = new NewAssessmentViewModel(workspace, m, tasks);
        NewAssessmentView newAssessment = new NewAssessmentView(newAssessmentModel,
                () -> companyModel.savedProperty().get().id(), navigator::showAssessment);
        // A follow-up starts from the company's latest assessment, known once its timeline has loaded.
        companyModel.latestProperty().addListener((obs, old, latest) -> {
            if (latest != null) {
                newAssessmentModel.prepare(companyModel.sectorProperty().get(), latest);
            }
        });
        companyView = new CompanyView(companyModel, newAssessment, navigator, exportCompany);
        questionnaire = new QuestionnaireView(new QuestionnaireViewModel(workspace, m, tasks));
        List<AssessmentTab> tabs = new ArrayList<>();
        tabs.add(questionnaire);
        tabs.addAll(extraTabs.create(workspace, m, tasks));
        assessmentView = new AssessmentView(new AssessmentViewModel(workspace, m, tasks, dialogs), tabs, exportTarget);
        importModel = new ImportViewModel(workspace, m, tasks, dialogs);
    }
}
