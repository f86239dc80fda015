package org.triadcsr.app.ui.analysis;

import java.time.Clock;
import java.util.List;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.ui.AssessmentTab;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.TaskRunner;
import org.triadcsr.app.ui.actions.ActionsView;
import org.triadcsr.app.ui.actions.ActionsViewModel;
import org.triadcsr.app.ui.improvements.ImprovementsView;
import org.triadcsr.app.ui.improvements.ImprovementsViewModel;
import org.triadcsr.app.ui.progress.ProgressView;
import org.triadcsr.app.ui.progress.ProgressViewModel;
import org.triadcsr.app.ui.results.ResultsView;
import org.triadcsr.app.ui.results.ResultsViewModel;

/** Builds the assessment screen's analysis tabs, in order: results, what moves the score most, progress, action plan. */
public final class AnalysisTabs {
    private AnalysisTabs() {
    }

    public static List<AssessmentTab> create(Workspace workspace, Messages messages, TaskRunner tasks) {
        return List.of(
                new ResultsView(new ResultsViewModel(workspace, messages, tasks), messages),
                new ImprovementsView(new ImprovementsViewModel(workspace, messages, tasks), messages),
                new ProgressView(new ProgressViewModel(workspace, messages, tasks), messages),
                new ActionsView(new ActionsViewModel(workspace, messages, tasks, Clock.systemDefaultZone()), messages));
    }
}
