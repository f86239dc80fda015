package org.triadcsr.model.answer;

import java.util.Map;

/** The value of one answer; which variant is allowed depends on the question's kind. */
public sealed interface AnswerValue permits AnswerValue.Level, AnswerValue.YesNo, AnswerValue.Choice,
        AnswerValue.KpiInputs, AnswerValue.NotApplicable {

    /** A maturity level 0–4. */
    record Level(int level) implements AnswerValue {
    }

    /** {@code yes}, {@code no}, or {@code partial} where the question allows it. */
    record YesNo(String answer) implements AnswerValue {
        public static final YesNo YES = new YesNo("yes");
        public static final YesNo NO = new YesNo("no");
        public static final YesNo PARTIAL = new YesNo("partial");
    }

    /** The id of one option of a choice question. */
    record Choice(String optionId) implements AnswerValue {
    }

    /** The entered inputs of a KPI, by input id. */
    record KpiInputs(Map<String, InputValue> inputs) implements AnswerValue {
        public KpiInputs {
            inputs = Map.copyOf(inputs);
        }
    }

    /** Not applicable to this company, with the reason. */
    record NotApplicable(String reason) implements AnswerValue {
        public NotApplicable {
            reason = reason == null ? "" : reason;
        }
    }
}
