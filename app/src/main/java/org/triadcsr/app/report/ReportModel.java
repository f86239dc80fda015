package org.triadcsr.app.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.Evidence;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Progress;
import org.triadcsr.model.progress.Target;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * Everything one report prints, gathered before any PDF is drawn: the assessment, its score card (the one
 * source of every number), its comparisons with the previous assessment and the baseline (spec §8), the
 * company's targets and actions, and the exchange JSON that is attached to the PDF with its fingerprint.
 *
 * @param history   the company's earlier assessments with the same pack id, oldest (the baseline) first
 * @param exchangeJson the assessment's exchange file (one company, this assessment), attached to the PDF
 */
public record ReportModel(Company company, Assessment assessment, Pack pack, ScoreCard card, Answers answers,
                          List<Evidence> evidence, List<Comparison> history,
                          List<Target> targets, List<ImprovementAction> actions, String exchangeJson,
                          String fingerprint, LocalDate issued) {

    /** An earlier assessment, its card, and the progress from it to the reported one. */
    public record Comparison(Assessment assessment, ScoreCard card, Progress progress) {
    }

    public ReportModel {
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
        targets = List.copyOf(targets);
        actions = List.copyOf(actions);
    }

    /** The latest earlier assessment of the company with the same pack id, if any. */
    public Optional<Comparison> previous() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The earliest one, if any (the same as {@link #previous()} when there is only one). */
    public Optional<Comparison> baseline() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0));
    }

    public List<Evidence> evidenceFor(String questionId) {
        return evidence.stream().filter(e -> questionId.equals(e.questionId())).toList();
    }

    /** The comparisons to print: the previous assessment, then the baseline if it is another one. */
    public List<Comparison> comparisons() {
        if (history.isEmpty()) {
            return List.of();
        }
        return history.size() == 1 ? List.of(history.get(0)) : List.of(previous().orElseThrow(), baseline().orElseThrow());
    }
}
