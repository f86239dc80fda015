package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.ChoiceOption;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.Scorer;

/** The CSV of all answers: one row per answer with ids, the question's text in one language, value and score. */
final class AnswersCsv {
    static final List<String> HEADER = List.of("company_id", "company", "assessment_id", "period", "status", "pack",
            "pack_version", "domain", "topic", "question_id", "question", "value", "inputs", "note", "score");
    private final Connection c;
    private final SqlitePacks packs;
    private final String language;
    private final StringBuilder out = new StringBuilder("\uFEFF");

    AnswersCsv(Connection c, SqlitePacks packs, String language) {
        this.c = c;
        this.packs = packs;
        this.language = language;
    }

    String write() throws SQLException {
        row(HEADER);
        for (Company company : WorkspaceReader.companies(c)) {
            for (AssessmentRow row : Sql.list(c, SqliteAssessments.SELECT + " WHERE company_id = ? ORDER BY period,"
                    + " created_at", AssessmentRow::read, company.id())) {
                assessment(company, row.toModel());
            }
        }
        return out.toString();
    }

    private void assessment(Company company, Assessment a) throws SQLException {
        Answers answers = SqliteAnswers.read(c, a.id());
        Optional<Pack> pack = packs.find(a.packId(), a.packVersion());
        ScoreCard card = pack.map(p -> Scorer.score(p, answers, company.profile(), a.id(), company.id(), a.period())).orElse(null);
        for (Answer answer : answers.all().stream().sorted(Comparator.comparing(Answer::questionId)).toList()) {
            Question q = pack.flatMap(p -> p.question(answer.questionId())).orElse(null);
            Double score = card == null ? null : card.question(answer.questionId()).map(r -> r.score()).orElse(null);
            String domain = q == null ? "" : pack.get().domains().stream()
                    .filter(d -> d.topics().contains(pack.get().topicOf(q.id()))).findFirst().map(d -> d.id()).orElse("");
            String topic = q == null ? "" : pack.get().topicOf(q.id()).name().in(language);
            row(List.of(company.id(), company.name(), a.id(), a.period(), a.status().id(), a.packId(), a.packVersion(),
                    domain, topic, answer.questionId(), q == null ? "" : q.text().in(language), value(q, answer, card),
                    inputs(answer.value()), answer.note(), score == null ? "" : number(score)));
        }
    }

    private String value(Question q, Answer answer, ScoreCard card) {
        AnswerValue v = answer.value();
        if (v instanceof AnswerValue.Level l) {
            return String.valueOf(l.level());
        }
        if (v instanceof AnswerValue.YesNo yn) {
            return yn.answer();
        }
        if (v instanceof AnswerValue.Choice choice) {
            ChoiceOption option = q == null ? null : q.option(choice.optionId());
            return option == null ? choice.optionId() : option.text().in(language);
        }
        if (v instanceof AnswerValue.NotApplicable na) {
            return "n/a" + (na.reason().isEmpty() ? "" : ": " + na.reason());
        }
        return card == null ? "" : card.kpi(answer.questionId()).filter(k -> k.value() != null)
                .map(k -> number(k.value()) + " " + k.unit()).orElse("");
    }

    private static String inputs(AnswerValue v) {
        if (!(v instanceof AnswerValue.KpiInputs k)) {
            return "";
        }
        Map<String, InputValue> sorted = new TreeMap<>(k.inputs());
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() instanceof InputValue.Annual a
                ? number(a.value()) : ((InputValue.Monthly) e.getValue()).months().stream()
                        .map(m -> m == null ? "" : number(m)).collect(Collectors.joining("|"))))
                .collect(Collectors.joining("; "));
    }

    static String number(double d) {
        // Shortest exact decimal, never scientific notation, never a trailing dot: Excel reads it as typed.
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private void row(List<String> cells) {
        out.append(cells.stream().map(AnswersCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so Excel never runs a cell as a formula. */
    static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        return v.matches(".*[\",\r\n].*") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
