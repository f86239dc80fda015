package org.triadcsr.app.ui.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.Evidence;

/** Everything the questionnaire shows of one assessment, read in one background task. */
record QuestionnaireData(Assessment assessment, Company company, Pack pack, Map<String, Answer> answers,
                         List<Evidence> evidence) {
    static QuestionnaireData load(Workspace ws, String assessmentId) {
        Assessment a = ws.assessments().find(assessmentId).orElseThrow(() -> new StoreException(
                StoreException.Reason.NOT_FOUND, "The assessment is no longer in this workspace."));
        Company company = ws.companies().find(a.companyId()).orElseThrow(() -> new StoreException(
                StoreException.Reason.NOT_FOUND, "The company of the assessment is no longer in this workspace."));
        Pack pack = ws.packs().find(a.packId(), a.packVersion()).orElseThrow(() -> new StoreException(
                StoreException.Reason.NOT_FOUND, "The pack " + a.packId() + " " + a.packVersion() + " is missing."));
        Map<String, Answer> answers = new LinkedHashMap<>();
        ws.answers().of(assessmentId).all().forEach(ans -> answers.put(ans.questionId(), ans));
        return new QuestionnaireData(a, company, pack, answers, ws.evidence().of(assessmentId));
    }

    CompanyProfile profile() {
        return company.profile() == null ? CompanyProfile.unknown() : company.profile();
    }
}
