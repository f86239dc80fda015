package org.triadcsr.app.report.pdf;

import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import java.util.ArrayList;
import java.util.List;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.portfolio.Evidence;
import org.triadcsr.model.scoring.ScoreCard;

/** One chapter per domain: topic scores, then each answer with its score, note and evidence. */
final class DomainChapters {
    private DomainChapters() {
    }

    static void add(ReportDocument r) {
        ScoreCard card = r.model.card();
        r.doc.add(new AreaBreak());
        r.heading(1, Words.key("domains.heading"));
        for (Domain d : r.model.pack().domains()) {
            ScoreCard.DomainResult result = card.domain(d.id()).orElse(null);
            Double score = result == null ? null : result.score();
            Double completeness = result == null ? null : result.completeness();
            r.heading(2, t -> t.get("domain.chapter", t.text(d.name()),
                    t.numbers().points(score, t.get("undefined.noScoredTopic")),
                    t.numbers().percent(completeness, t.get("undefined.notComputable"))));
            for (Topic topic : d.topics()) {
                topic(r, topic, card);
            }
        }
    }

    private static void topic(ReportDocument r, Topic topic, ScoreCard card) {
        Double score = card.topic(topic.id()).map(ScoreCard.TopicResult::score).orElse(null);
        Paragraph title = ReportDocument.bold(new Paragraph(String.join("  /  ", r.versions(t -> t.get("topic.line", t.text(topic.name()),
                t.numbers().points(score, t.get("undefined.noScoredQuestion"))))))).setFontSize(9.5f)
                .setMarginTop(6).setMarginBottom(2).setKeepWithNext(true);
        r.doc.add(title);
        Table table = r.table(new float[] {4, 2.6f, 0.9f, 2.6f}, Words.key("answer.question"), Words.key("answer.answer"),
                Words.key("answer.score"), Words.key("answer.evidence"));
        for (Question q : topic.questions()) {
            Answer a = r.model.answers().get(q.id()).orElse(null);
            table.addCell(r.cell(t -> t.text(q.text())));
            table.addCell(r.cell(t -> {
                String answer = Describe.answer(q, a, card).in(t);
                return a == null || a.note().isBlank() ? answer : answer + "\n" + t.get("answer.note") + ": " + a.note();
            }));
            table.addCell(r.number(Describe.questionScore(card, q.id())));
            table.addCell(r.cell(evidence(r.model.evidenceFor(q.id()))));
        }
        r.doc.add(table);
    }

    private static Words evidence(List<Evidence> items) {
        return t -> {
            if (items.isEmpty()) {
                return t.get("evidence.none");
            }
            List<String> lines = new ArrayList<>();
            for (Evidence e : items) {
                String line = e.fileName() != null ? t.get("evidence.file", e.fileName(), Math.max(1, (e.size() + 1023) / 1024))
                        : t.get("evidence.note", e.note());
                if (e.fileName() != null && e.note() != null && !e.note().isBlank()) {
                    line += ": " + e.note();
                }
                if (e.expires() != null) {
                    line += ", " + t.get("evidence.expires", e.expires().toString());
                }
                lines.add(line);
            }
            return String.join("\n", lines);
        };
    }
}
