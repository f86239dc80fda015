package org.triadcsr.app.ui.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.company.SizeClass;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.Tier;
import org.triadcsr.model.pack.Topic;

/**
 * Answered and expected questions per domain and topic. Advanced questions are expected only of companies whose
 * size class asks for them (the scorer's rule), but an answer to one always counts.
 */
final class Completeness {
    private Completeness() {
    }

    static boolean expected(Question q, SizeClass size) {
        return q.tier() == Tier.CORE || size.expectsAdvanced();
    }

    static List<NavLine> lines(Pack pack, Map<String, Answer> answers, SizeClass size, Set<String> flagged,
                               String language) {
        List<NavLine> lines = new ArrayList<>();
        List<Question> order = pack.questions();
        for (Domain d : pack.domains()) {
            int domainAt = lines.size();
            int domainAnswered = 0;
            int domainExpected = 0;
            boolean domainFlag = false;
            for (Topic t : d.topics()) {
                int answered = 0;
                int expected = 0;
                boolean flag = false;
                for (Question q : t.questions()) {
                    boolean has = answers.containsKey(q.id());
                    if (expected(q, size) || has) {
                        expected++;
                        answered += has ? 1 : 0;
                    }
                    flag |= flagged.contains(q.id());
                }
                lines.add(new NavLine(t.id(), 1, t.name().in(language), answered, expected, flag,
                        order.indexOf(t.questions().get(0))));
                domainAnswered += answered;
                domainExpected += expected;
                domainFlag |= flag;
            }
            int first = d.topics().isEmpty() ? 0 : order.indexOf(d.topics().get(0).questions().get(0));
            lines.add(domainAt, new NavLine(d.id(), 0, d.name().in(language), domainAnswered, domainExpected,
                    domainFlag, first));
        }
        return lines;
    }
}
