package org.triadcsr.app.ui;

import java.util.List;
import org.triadcsr.app.store.Workspace;

/**
 * The seam through which the assessment screen gets its views beyond the questionnaire (results, what moves the
 * score most, progress, action plan): {@code AnalysisTabs::create} fits it.
 */
@FunctionalInterface
public interface AssessmentTabs {
    AssessmentTabs NONE = (workspace, messages, tasks) -> List.of();

    List<AssessmentTab> create(Workspace workspace, Messages messages, TaskRunner tasks);
}
