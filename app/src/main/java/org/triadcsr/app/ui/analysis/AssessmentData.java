package org.triadcsr.app.ui.analysis;

import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * One stored assessment with everything the analysis tabs show: its company, the pack version it was answered
 * against, its answers and its score card from {@link WorkspaceScore} (the one Scorer). Loaded off the UI thread.
 */
public record AssessmentData(Assessment assessment, Company company, Pack pack, Answers answers, ScoreCard card) {

    public static AssessmentData load(Workspace workspace, String assessmentId) {
        WorkspaceScore.Scored scored = WorkspaceScore.score(workspace, assessmentId);
        Assessment a = workspace.assessments().find(assessmentId).orElseThrow();
        Company company = workspace.companies().find(a.companyId()).orElseThrow(() -> new StoreException(
                StoreException.Reason.NOT_FOUND, "The company of the assessment is missing."));
        return new AssessmentData(a, company, scored.pack(), workspace.answers().of(assessmentId), scored.card());
    }

}
