package org.triadcsr.model.pack;

import java.util.List;

public record Topic(String id, Text name, double weight, List<Question> questions, List<Action> actions) {
    public Topic {
        questions = List.copyOf(questions);
        actions = List.copyOf(actions);
    }
}
