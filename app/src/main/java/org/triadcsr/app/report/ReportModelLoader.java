package org.triadcsr.app.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.triadcsr.app.env.AppInfo;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.model.exchange.AssessmentFingerprint;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeWriter;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.portfolio.Evidence;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.progress.Target;

/** Builds a {@link ReportModel} from a workspace: the store's data, scored with the pack version it was answered with. */
public final class ReportModelLoader {
    private static final Comparator<Assessment> CHRONOLOGICAL = Comparator.comparing(Assessment::period)
            .thenComparing(Assessment::createdAt);

    private ReportModelLoader() {
    }

    public static ReportModel load(Workspace workspace, String assessmentId, Clock clock) {
        WorkspaceScore.Scored scored = WorkspaceScore.score(workspace, assessmentId);
        Assessment assessment = workspace.assessments().find(assessmentId).orElseThrow();
        Company company = workspace.companies().find(assessment.companyId()).orElseThrow(() -> new StoreException(
                StoreException.Reason.NOT_FOUND, "The company of the assessment '" + assessmentId + "' is missing."));
        List<Assessment> earlier = earlier(workspace, assessment);
        List<ReportModel.Comparison> history = earlier.stream().map(a -> compare(workspace, a, scored)).toList();
        List<Target> targets = workspace.progress().targets(company.id()).stream()
                .filter(t -> scored.pack().question(t.kpiQuestionId()).isPresent()).toList();
        List<ImprovementAction> actions = workspace.progress().actions(company.id());
        List<Evidence> evidence = workspace.evidence().of(assessmentId);
        CompanyFile.AssessmentFile file = new CompanyFile.AssessmentFile(assessment,
                List.copyOf(workspace.answers().of(assessmentId).all()), evidence);
        String json = ExchangeWriter.write(new ExchangeDocument(ExchangeDocument.VERSION,
                AppInfo.NAME + " " + AppInfo.version(), Instant.now(clock),
                List.of(new CompanyFile(company, List.of(file), targets, actions))));
        return new ReportModel(company, assessment, scored.pack(), scored.card(), workspace.answers().of(assessmentId),
                evidence, history, targets, actions, json, AssessmentFingerprint.of(company.id(), file),
                LocalDate.now(clock));
    }

    /** The company's assessments with the same pack id before {@code assessment} (period, then creation), oldest first. */
    public static List<Assessment> earlier(Workspace workspace, Assessment assessment) {
        return workspace.assessments().forCompany(assessment.companyId()).stream()
                .filter(a -> a.packId().equals(assessment.packId()) && !a.id().equals(assessment.id()))
                .filter(a -> CHRONOLOGICAL.compare(a, assessment) < 0)
                .sorted(CHRONOLOGICAL).toList();
    }

    private static ReportModel.Comparison compare(Workspace workspace, Assessment earlier, WorkspaceScore.Scored later) {
        WorkspaceScore.Scored before = WorkspaceScore.score(workspace, earlier.id());
        return new ReportModel.Comparison(earlier, before.card(), Progress.between(before.card(), later.card()));
    }
}
