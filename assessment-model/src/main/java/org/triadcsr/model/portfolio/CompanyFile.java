package org.triadcsr.model.portfolio;

import java.util.List;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.progress.Target;

/** Everything about one company that moves between laptops: the unit of export and import. */
public record CompanyFile(Company company, List<AssessmentFile> assessments, List<Target> targets,
                          List<ImprovementAction> actions) {
    public CompanyFile {
        assessments = List.copyOf(assessments);
        targets = List.copyOf(targets);
        actions = List.copyOf(actions);
    }

    /** One assessment with its answers and evidence. */
    public record AssessmentFile(Assessment assessment, List<Answer> answers, List<Evidence> evidence) {
        public AssessmentFile {
            answers = List.copyOf(answers);
            evidence = List.copyOf(evidence);
        }
    }
}
