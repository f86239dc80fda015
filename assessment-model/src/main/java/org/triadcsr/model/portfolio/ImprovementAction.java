package org.triadcsr.model.portfolio;

import java.time.LocalDate;

/** An improvement a company commits to, linked to a topic or question, with its cost and expected savings. */
public record ImprovementAction(String id, String title, String owner, LocalDate due, ActionStatus status,
                                Double cost, Double expectedSavings, String currency, String topicOrQuestionId,
                                String packActionId) {

    public enum ActionStatus {
        PLANNED, IN_PROGRESS, DONE, DROPPED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
