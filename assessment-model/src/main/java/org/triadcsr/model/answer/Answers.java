package org.triadcsr.model.answer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An assessment's answers by question id; the order they were given in never matters. */
public final class Answers {
    private final Map<String, Answer> byQuestion;

    private Answers(Map<String, Answer> byQuestion) {
        this.byQuestion = byQuestion;
    }

    public static Answers of(Collection<Answer> answers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (Answer a : answers) {
            map.put(a.questionId(), a);
        }
        return new Answers(Map.copyOf(map));
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    public Collection<Answer> all() {
        return byQuestion.values();
    }

    public int size() {
        return byQuestion.size();
    }
}
