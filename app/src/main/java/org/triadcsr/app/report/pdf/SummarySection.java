package org.triadcsr.app.report.pdf;

import com.itextpdf.layout.element.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.scoring.Flag;
import org.triadcsr.model.scoring.ScoreCard;

/** The executive summary: TBL index, rating, completeness, domain scores, strengths and gaps. */
final class SummarySection {
    static final int TOP = 3;

    private SummarySection() {
    }

    static void add(ReportDocument r, ChartSlot charts) {
        ScoreCard card = r.model.card();
        Pack pack = r.model.pack();
        r.heading(1, Words.key("summary.heading"));
        Table head = r.table(new float[] {2, 1}, Words.key("summary.result"), Words.key("summary.value"));
        head.addCell(r.cell(Words.key("summary.overall"), true));
        head.addCell(r.number(t -> t.numbers().points(card.overall(), t.get("undefined.noScoredTopic"))));
        head.addCell(r.cell(Words.key("summary.rating"), true));
        head.addCell(r.number(Describe.rating(card.rating())));
        head.addCell(r.cell(Words.key("summary.completeness"), true));
        head.addCell(r.number(t -> t.numbers().percent(card.completeness(), t.get("undefined.notComputable"))));
        for (Domain d : pack.domains()) {
            ScoreCard.DomainResult result = card.domain(d.id()).orElse(null);
            head.addCell(r.cell(t -> t.text(d.name())));
            head.addCell(r.number(Describe.domainScore(result == null ? null : result.score())));
        }
        r.doc.add(head);
        if (!card.criticalFlags().isEmpty()) {
            List<String> ids = card.criticalFlags().stream().map(Flag::questionId).distinct().toList();
            String key = card.ratingCappedByCriticalFlag() ? "summary.capped" : "summary.critical";
            r.paragraph(t -> t.get(key, String.join("; ", ids.stream()
                    .map(id -> Describe.questionText(pack, id).in(t)).toList())));
        }
        charts.radar(r);
        List<Topic> scored = pack.domains().stream().flatMap(d -> d.topics().stream())
                .filter(t -> score(card, t) != null).toList();
        topics(r, "summary.strengths", scored.stream()
                .sorted(Comparator.comparing((Topic t) -> score(card, t)).reversed()).limit(TOP).toList(), card);
        topics(r, "summary.gaps", scored.stream()
                .sorted(Comparator.comparing((Topic t) -> score(card, t))).limit(TOP).toList(), card);
    }

    private static Double score(ScoreCard card, Topic topic) {
        return card.topic(topic.id()).map(ScoreCard.TopicResult::score).filter(Objects::nonNull).orElse(null);
    }

    private static void topics(ReportDocument r, String key, List<Topic> topics, ScoreCard card) {
        r.heading(2, Words.key(key));
        if (topics.isEmpty()) {
            r.paragraph(t -> t.numbers().points(null, t.get("undefined.noScoredTopic")));
            return;
        }
        Table table = r.table(new float[] {4, 1}, Words.key("summary.topic"), Words.key("summary.score"));
        for (Topic topic : topics) {
            table.addCell(r.cell(t -> t.text(topic.name())));
            table.addCell(r.number(Describe.topicScore(score(card, topic))));
        }
        r.doc.add(table);
    }
}
