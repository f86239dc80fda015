package org.triadcsr.model.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.TestPacks;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;

class AnswerValidatorTest {
    private static final Pack PACK = TestPacks.pack();

    private static Question q(String id) {
        return PACK.question(id).orElseThrow();
    }

    @Test
    void levelFiveIsRejectedNamingQuestionAndAllowedValues() {
        assertThatThrownBy(() -> AnswerValidator.check(q("env.water.metering"), new AnswerValue.Level(5)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Question 'env.water.metering' (How is water metered?) takes a maturity level from 0 to 4 (got 5).")
                .satisfies(e -> assertThat(((InvalidAnswerException) e).messageIn("vi"))
                        .isEqualTo("Câu hỏi 'env.water.metering' (Doanh nghiệp đo nước như thế nào?) nhận mức độ từ 0 đến 4 (đã nhập 5)."));
    }

    @Test
    void maybeAndPartialWhereNotAllowedAreRejected() {
        assertThatThrownBy(() -> AnswerValidator.check(q("soc.hours.consent"), new AnswerValue.YesNo("maybe")))
                .hasMessageContaining("takes yes, no (got 'maybe')");
        assertThatThrownBy(() -> AnswerValidator.check(q("soc.hours.consent"), AnswerValue.YesNo.PARTIAL))
                .hasMessageContaining("takes yes, no");
        assertThatCode(() -> AnswerValidator.check(q("env.energy.audit"), AnswerValue.YesNo.PARTIAL)).doesNotThrowAnyException();
    }

    @Test
    void unknownOptionIsRejectedListingTheOptions() {
        assertThatThrownBy(() -> AnswerValidator.check(q("soc.wages.payslip"), new AnswerValue.Choice("most")))
                .hasMessageContaining("takes one of the options none, some, all (got 'most')");
    }

    @Test
    void negativeInputWhereMinIsZeroIsRejected() {
        AnswerValue v = new AnswerValue.KpiInputs(Map.of("water_m3", new InputValue.Annual(-3)));
        assertThatThrownBy(() -> AnswerValidator.check(q("env.water.intensity"), v))
                .hasMessage("Input 'Water used' of 'env.water.intensity' (Water use per kg) must be a number ≥ 0 m³ (got -3).");
    }

    @Test
    void negativeMonthIsRejectedNamingTheMonth() {
        Double[] months = new Double[12];
        months[2] = -1.0;
        AnswerValue v = new AnswerValue.KpiInputs(Map.of("water_m3", TestPacks.monthly(months)));
        assertThatThrownBy(() -> AnswerValidator.check(q("env.water.intensity"), v)).hasMessageContaining("for month 3");
    }

    @Test
    void unknownInputAndNaNAreRejected() {
        assertThatThrownBy(() -> AnswerValidator.check(q("env.water.intensity"),
                new AnswerValue.KpiInputs(Map.of("steam_t", new InputValue.Annual(1)))))
                .hasMessageContaining("has no input 'steam_t' (inputs: water_m3, output_kg)");
        assertThatThrownBy(() -> AnswerValidator.check(q("env.water.intensity"),
                new AnswerValue.KpiInputs(Map.of("water_m3", new InputValue.Annual(Double.NaN)))))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void notApplicableOnlyWhereAllowed() {
        assertThatThrownBy(() -> AnswerValidator.check(q("soc.hours.consent"), new AnswerValue.NotApplicable("no overtime")))
                .hasMessageContaining("cannot be answered 'not applicable'");
        assertThatCode(() -> AnswerValidator.check(q("prd.5s.practice"), new AnswerValue.NotApplicable("office only")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AnswerValidator.check(q("prd.5s.practice"), new AnswerValue.NotApplicable(" ")))
                .hasMessageContaining("needs a reason");
    }

    @Test
    void aValueOfTheWrongKindIsRejected() {
        assertThatThrownBy(() -> AnswerValidator.check(q("env.water.metering"), AnswerValue.YesNo.YES))
                .hasMessageContaining("takes a maturity level from 0 to 4 (got 'yes')");
    }
}
