package org.triadcsr.model.answer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.triadcsr.model.pack.ChoiceOption;
import org.triadcsr.model.pack.KpiInput;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;

/**
 * Checks an answer against its question before it is stored (spec §2): anything a question does not allow is
 * rejected with a message, in English and Vietnamese, naming the question and what is allowed.
 */
public final class AnswerValidator {
    private AnswerValidator() {
    }

    public static void check(Question q, AnswerValue value) throws InvalidAnswerException {
        String name = "'" + q.id() + "' (" + q.text().in("en") + ")";
        String ten = "'" + q.id() + "' (" + q.text().in("vi") + ")";
        if (value == null) {
            throw new InvalidAnswerException(q.id(), "No answer given for " + name + ".", "Chưa nhập câu trả lời cho " + ten + ".");
        }
        if (value instanceof AnswerValue.NotApplicable na) {
            if (!q.allowNA()) {
                throw new InvalidAnswerException(q.id(), "Question " + name + " cannot be answered 'not applicable'; it applies to every company.",
                        "Câu hỏi " + ten + " không thể trả lời 'không áp dụng'; câu hỏi này áp dụng cho mọi doanh nghiệp.");
            }
            if (na.reason().isBlank()) {
                throw new InvalidAnswerException(q.id(), "Say why question " + name + " does not apply: 'not applicable' needs a reason.",
                        "Hãy nêu lý do câu hỏi " + ten + " không áp dụng: trả lời 'không áp dụng' cần có lý do.");
            }
            return;
        }
        switch (q.kind()) {
            case MATURITY -> {
                if (!(value instanceof AnswerValue.Level level) || level.level() < 0 || level.level() > 4) {
                    throw new InvalidAnswerException(q.id(), "Question " + name + " takes a maturity level from 0 to 4" + got(value) + ".",
                            "Câu hỏi " + ten + " nhận mức độ từ 0 đến 4" + nhan(value) + ".");
                }
            }
            case YESNO -> {
                List<String> allowed = q.partialAllowed() ? List.of("yes", "partial", "no") : List.of("yes", "no");
                if (!(value instanceof AnswerValue.YesNo yn) || !allowed.contains(yn.answer())) {
                    throw new InvalidAnswerException(q.id(), "Question " + name + " takes " + String.join(", ", allowed) + got(value) + ".",
                            "Câu hỏi " + ten + " nhận " + (q.partialAllowed() ? "có, một phần, không" : "có, không") + nhan(value) + ".");
                }
            }
            case CHOICE -> {
                String ids = q.options().stream().map(ChoiceOption::id).collect(Collectors.joining(", "));
                if (!(value instanceof AnswerValue.Choice choice) || q.option(choice.optionId()) == null) {
                    throw new InvalidAnswerException(q.id(), "Question " + name + " takes one of the options " + ids + got(value) + ".",
                            "Câu hỏi " + ten + " nhận một trong các lựa chọn " + ids + nhan(value) + ".");
                }
            }
            case KPI -> checkKpi(q, value, name, ten);
        }
    }

    private static void checkKpi(Question q, AnswerValue value, String name, String ten) throws InvalidAnswerException {
        if (!(value instanceof AnswerValue.KpiInputs inputs)) {
            throw new InvalidAnswerException(q.id(), "Question " + name + " takes the figures of its inputs" + got(value) + ".",
                    "Câu hỏi " + ten + " nhận số liệu đầu vào" + nhan(value) + ".");
        }
        for (Map.Entry<String, InputValue> e : inputs.inputs().entrySet()) {
            KpiInput input = q.kpi().input(e.getKey()).orElse(null);
            if (input == null) {
                String known = q.kpi().inputs().stream().map(KpiInput::id).collect(Collectors.joining(", "));
                throw new InvalidAnswerException(q.id(), "Question " + name + " has no input '" + e.getKey() + "' (inputs: " + known + ").",
                        "Câu hỏi " + ten + " không có đầu vào '" + e.getKey() + "' (các đầu vào: " + known + ").");
            }
            if (input.annualOnly() && e.getValue() instanceof InputValue.Monthly) {
                throw new InvalidAnswerException(q.id(), "Input '" + input.text().in("en") + "' of " + name
                        + " is one figure for the whole period; enter it once, not month by month.",
                        "Đầu vào '" + input.text().in("vi") + "' của " + ten
                                + " là một số liệu cho cả kỳ; hãy nhập một lần, không nhập theo từng tháng.");
            }
            List<Double> values = e.getValue() instanceof InputValue.Monthly m ? m.months()
                    : List.of(((InputValue.Annual) e.getValue()).value());
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v != null && !input.accepts(v)) {
                    String where = e.getValue() instanceof InputValue.Monthly ? " for month " + (i + 1) : "";
                    String thang = e.getValue() instanceof InputValue.Monthly ? " của tháng " + (i + 1) : "";
                    String range = input.max() == null ? "≥ " + KpiInput.plain(input.min())
                            : "từ " + KpiInput.plain(input.min()) + " đến " + KpiInput.plain(input.max());
                    throw new InvalidAnswerException(q.id(),
                            "Input '" + input.text().in("en") + "' of " + name + where + " must be " + input.allowedRange()
                                    + " " + input.unit() + " (got " + KpiInput.plain(v) + ").",
                            "Đầu vào '" + input.text().in("vi") + "' của " + ten + thang + " phải là số " + range
                                    + " " + input.unit() + " (đã nhập " + KpiInput.plain(v) + ").");
                }
            }
        }
    }

    private static String got(AnswerValue v) {
        return " (got " + describe(v) + ")";
    }

    private static String nhan(AnswerValue v) {
        return " (đã nhập " + describe(v) + ")";
    }

    private static String describe(AnswerValue v) {
        if (v instanceof AnswerValue.Level l) {
            return String.valueOf(l.level());
        }
        if (v instanceof AnswerValue.YesNo yn) {
            return "'" + yn.answer() + "'";
        }
        if (v instanceof AnswerValue.Choice c) {
            return "'" + c.optionId() + "'";
        }
        return v.getClass().getSimpleName();
    }
}
