package org.triadcsr.model.answer;

import java.util.Map;

/** An answer value the question does not allow; the message names the question and the allowed values. */
public final class InvalidAnswerException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String questionId;
    private final Map<String, String> messages;

    InvalidAnswerException(String questionId, String english, String vietnamese) {
        super(english);
        this.questionId = questionId;
        this.messages = Map.of("en", english, "vi", vietnamese);
    }

    public String questionId() {
        return questionId;
    }

    /** The message in {@code language} ({@code en} or {@code vi}), English otherwise. */
    public String messageIn(String language) {
        return messages.getOrDefault(language, getMessage());
    }
}
