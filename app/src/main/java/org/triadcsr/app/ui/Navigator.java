package org.triadcsr.app.ui;

/** Moves the one window between its screens; the breadcrumb is the way back. */
public interface Navigator {
    void showWorkspace();

    /** The company's screen; {@code companyId} null for a new company. */
    void showCompany(String companyId);

    void showAssessment(String assessmentId);
}
