package org.triadcsr.app.store;

import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.Answers;

/**
 * The answers of an assessment. {@link #save} is the autosave: it checks the answer against the assessment's
 * pack, and when it returns the answer is committed to disk in its own transaction.
 */
public interface AnswerRepository {
    /** Stores or replaces the answer; refused for an invalid value or a final assessment. */
    void save(String assessmentId, Answer answer);

    /** Removes the answer to a question (the question becomes unanswered). */
    void clear(String assessmentId, String questionId);

    Answers of(String assessmentId);
}
