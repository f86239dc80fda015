package org.triadcsr.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.ScoreCard;

/** A score card for people: scores in whole points, "–" for undefined, flags always shown. */
final class ScoreCardText {
    private final Pack pack;
    private final CliText text;
    private final String language;

    ScoreCardText(Pack pack, CliText text) {
        this.pack = pack;
        this.text = text;
        this.language = text.language();
    }

    static String points(Double score) {
        return score == null ? "–" : String.valueOf(Math.round(score));
    }

    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    void print(ScoreCard card, PrintWriter out) {
        out.printf("%s %s, %s %s%n", pack.name().in(language), pack.version(), card.companyId(), card.assessmentId());
        out.println(text.get("score.overall", points(card.overall()), card.rating().id(), percent(card.completeness())));
        boolean capped = card.ratingCappedByCriticalFlag();
        for (Flag f : card.criticalFlags()) {
            out.println(text.get(capped ? "score.cappedBy" : "score.criticalFlag", f.questionId()));
        }
        for (Domain d : pack.domains()) {
            ScoreCard.DomainResult r = card.domain(d.id()).orElseThrow();
            out.println();
            out.println(text.get("score.domain", String.format("%-40s %4s", d.name().in(language), points(r.score())),
                    percent(r.completeness())));
            for (Topic t : d.topics()) {
                out.printf("  %-38s %4s%n", t.name().in(language), points(card.topic(t.id()).orElseThrow().score()));
            }
        }
        if (!card.kpis().isEmpty()) {
            out.printf("%n%s%n", text.get("score.kpis"));
            card.kpis().stream().filter(k -> k.value() != null).forEach(k -> out.printf(Locale.ROOT, "  %-40s %12.2f %-12s %4s %s%n",
                    k.id(), k.value(), k.unit(), points(k.score()), k.band() == null ? text.get("score.tracked") : k.band().id()));
        }
        if (!card.flags().isEmpty()) {
            out.printf("%n%s%n", text.get("score.flags"));
            card.flags().forEach(f -> out.printf("  %-8s %s: %s%n", f.severity().id(), f.questionId(), f.basis().in(language)));
        }
    }
}
