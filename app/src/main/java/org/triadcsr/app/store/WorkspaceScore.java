package org.triadcsr.app.store;

import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.Scorer;

/**
 * Scores a stored assessment with the copy of the pack version it was answered against (never whatever pack
 * ships today), so a score and a report can always be regenerated exactly.
 */
public final class WorkspaceScore {
    private WorkspaceScore() {
    }

    /** The card and the pack it was computed with (for texts). */
    public record Scored(ScoreCard card, Pack pack) {
    }

    public static Scored score(Workspace workspace, String assessmentId) {
        Assessment a = workspace.assessments().find(assessmentId).orElseThrow(() -> StoreException.of(
                StoreException.Reason.NOT_FOUND, "score.noAssessment", assessmentId, workspace.file().getFileName()));
        Company company = workspace.companies().find(a.companyId()).orElseThrow(() -> StoreException.of(
                StoreException.Reason.NOT_FOUND, "score.noCompany", assessmentId));
        Pack pack = workspace.packs().find(a.packId(), a.packVersion()).orElseThrow(() -> StoreException.of(
                StoreException.Reason.NOT_FOUND, "score.packMissing", a.packId(), a.packVersion(),
                workspace.file().getFileName()));
        Answers answers = workspace.answers().of(assessmentId);
        return new Scored(Scorer.score(pack, answers, company.profile(), a.id(), company.id(), a.period()), pack);
    }
}
