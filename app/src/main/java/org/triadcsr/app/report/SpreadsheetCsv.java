package org.triadcsr.app.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.answer.InputValue;
import org.triadcsr.model.pack.ChoiceOption;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.KpiInput;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * Every answer of a workspace as a CSV a spreadsheet reads: UTF-8 with a byte-order mark (so Excel keeps the
 * Vietnamese letters), comma-separated, CRLF, headers and texts in one language. Numbers sit alone in their
 * cells with a full stop as decimal mark, units in the next column; a KPI answer gets one row per input, with
 * its period figure and each month in its own column.
 */
public final class SpreadsheetCsv {
    static final List<String> COLUMNS = List.of("company_id", "company", "assessment", "period", "status", "pack",
            "pack_version", "domain", "topic", "question_id", "question", "answer", "level", "score", "kpi_value",
            "kpi_unit", "input_id", "input", "input_value", "input_unit");
    private final ReportTexts t;
    private final StringBuilder out = new StringBuilder("\uFEFF");
    private int rows;

    private SpreadsheetCsv(String language) {
        this.t = ReportTexts.of(language);
    }

    /** The CSV text, and how many data rows it has. */
    public record Written(String text, int rows) {
    }

    public static Written of(Workspace ws, String language) {
        SpreadsheetCsv csv = new SpreadsheetCsv(language);
        csv.write(ws);
        return new Written(csv.out.toString(), csv.rows);
    }

    private void write(Workspace ws) {
        List<String> header = new ArrayList<>();
        COLUMNS.forEach(c -> header.add(t.get("csv." + c)));
        for (int m = 1; m <= 12; m++) {
            header.add(t.get("csv.month", m));
        }
        header.add(t.get("csv.note"));
        line(header);
        rows = 0;
        for (Company company : ws.companies().list()) {
            for (Assessment a : ws.assessments().forCompany(company.id())) {
                WorkspaceScore.Scored scored = WorkspaceScore.score(ws, a.id());
                for (Answer answer : ws.answers().of(a.id()).all().stream()
                        .sorted((x, y) -> order(scored.pack(), x) - order(scored.pack(), y)).toList()) {
                    answer(company, a, scored, answer);
                }
            }
        }
    }

    private static int order(Pack pack, Answer a) {
        int i = pack.questions().indexOf(pack.question(a.questionId()).orElse(null));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private void answer(Company company, Assessment a, WorkspaceScore.Scored scored, Answer answer) {
        Pack pack = scored.pack();
        ScoreCard card = scored.card();
        Question q = pack.question(answer.questionId()).orElse(null);
        Topic topic = q == null ? null : pack.topicOf(q.id());
        Domain domain = topic == null ? null : pack.domains().stream().filter(d -> d.topics().contains(topic)).findFirst()
                .orElse(null);
        List<String> common = new ArrayList<>(List.of(company.id(), company.name(), a.id(), a.period(),
                t.get("csv.status." + a.status().id()), a.packId(), a.packVersion(),
                domain == null ? "" : t.text(domain.name()), topic == null ? "" : t.text(topic.name()), answer.questionId(),
                q == null ? "" : t.text(q.text()), describe(q, answer.value()),
                answer.value() instanceof AnswerValue.Level l ? String.valueOf(l.level()) : "",
                number(card.question(answer.questionId()).map(ScoreCard.QuestionResult::score).orElse(null))));
        ScoreCard.KpiResult kpi = card.kpi(answer.questionId()).orElse(null);
        common.add(kpi == null ? "" : number(kpi.value()));
        common.add(kpi == null ? "" : kpi.unit());
        if (!(answer.value() instanceof AnswerValue.KpiInputs inputs) || q == null || q.kpi() == null) {
            List<String> row = new ArrayList<>(common);
            for (int i = 0; i < 4 + 12; i++) {
                row.add("");
            }
            row.add(answer.note());
            data(row);
            return;
        }
        for (KpiInput input : q.kpi().inputs()) {
            List<String> row = new ArrayList<>(common);
            InputValue entered = inputs.inputs().get(input.id());
            row.add(input.id());
            row.add(t.text(input.text()));
            Double figure = kpi == null || kpi.detail() == null ? null : kpi.detail().inputs().get(input.id());
            row.add(number(figure));
            row.add(input.unit());
            List<Double> months = entered instanceof InputValue.Monthly m ? m.months() : List.of();
            for (int i = 0; i < 12; i++) {
                row.add(i < months.size() ? number(months.get(i)) : "");
            }
            row.add(answer.note());
            data(row);
        }
    }

    private String describe(Question q, AnswerValue v) {
        if (v instanceof AnswerValue.Level l) {
            return t.get("answer.level", l.level());
        }
        if (v instanceof AnswerValue.YesNo yn) {
            return t.get("answer." + yn.answer());
        }
        if (v instanceof AnswerValue.Choice c) {
            ChoiceOption o = q == null ? null : q.option(c.optionId());
            return o == null ? c.optionId() : t.text(o.text());
        }
        if (v instanceof AnswerValue.NotApplicable na) {
            return na.reason().isBlank() ? t.get("answer.na") : t.get("answer.na.reason", na.reason());
        }
        return t.get("csv.kpiAnswer");
    }

    /** Shortest exact decimal with a full stop, never scientific notation; empty when undefined. */
    static String number(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private void data(List<String> cells) {
        rows++;
        line(cells);
    }

    private void line(List<String> cells) {
        out.append(cells.stream().map(SpreadsheetCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** RFC 4180 quoting; text starting with = + - @ gets a leading ' so a spreadsheet never runs it as a formula. */
    static String cell(String s) {
        String v = ReportTexts.nfc(s);
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        return v.contains("\"") || v.contains(",") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
