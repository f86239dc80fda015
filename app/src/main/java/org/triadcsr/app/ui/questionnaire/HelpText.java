package org.triadcsr.app.ui.questionnaire;

import java.util.stream.Collectors;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.model.pack.Limit;
import org.triadcsr.model.pack.Question;

/** The help panel's four parts for one question, in the user's language; empty parts say so. */
public record HelpText(String guidance, String evidence, String legalBasis, String mappings) {
    static HelpText of(Question q, Messages m) {
        String lang = m.language();
        String legal = q.limits().stream()
                .map(l -> severity(l, m) + " " + l.basis().in(lang))
                .collect(Collectors.joining("\n"));
        String mappings = q.mappings().stream().map(Object::toString).collect(Collectors.joining(", "));
        return new HelpText(orNone(q.help() == null ? "" : q.help().in(lang), m),
                orNone(q.evidence() == null ? "" : q.evidence().in(lang), m), orNone(legal, m), orNone(mappings, m));
    }

    private static String severity(Limit l, Messages m) {
        return m.get("flag." + l.severity().id());
    }

    private static String orNone(String text, Messages m) {
        return text == null || text.isBlank() ? m.get("help.none") : text;
    }
}
