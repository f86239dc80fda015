package org.triadcsr.app.ui;

import javafx.scene.Node;

/**
 * One view of an assessment, shown as a tab of the assessment screen (questionnaire, results, what moves the
 * score most, progress, action plan). The assessment screen owns the tabs; each tab owns its view model.
 */
public interface AssessmentTab {
    /** The tab's title in the user's language. */
    String title();

    /** The view; built once, reused for every assessment shown. */
    Node root();

    /**
     * Shows the given assessment. Called on the FX thread whenever the tab is selected or the assessment
     * changes, so a tab shows what was saved last; loading and scoring run in the background.
     */
    void show(String assessmentId);
}
