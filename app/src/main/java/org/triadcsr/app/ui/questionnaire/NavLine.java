package org.triadcsr.app.ui.questionnaire;

/**
 * One line of the questionnaire's navigation: a domain (depth 0) or a topic (depth 1) with its answered and
 * expected questions, and whether an answer in it breaks a legal limit.
 */
public record NavLine(String id, int depth, String name, int answered, int expected, boolean flagged,
                      int firstQuestion) {
    public boolean complete() {
        return expected > 0 && answered >= expected;
    }

    public int percent() {
        return expected == 0 ? 100 : (int) Math.round(100.0 * answered / expected);
    }
}
