package org.triadcsr.model.answer;

/** One question's answer, with an optional note. */
public record Answer(String questionId, AnswerValue value, String note) {
    public Answer {
        note = note == null ? "" : note;
    }

    public static Answer of(String questionId, AnswerValue value) {
        return new Answer(questionId, value, "");
    }
}
