package org.triadcsr.model.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {
    @Test
    void evaluatesWithPrecedenceAndParentheses() {
        Formula f = Formula.parse("water_m3 * 1000 / output_kg");
        assertThat(f.evaluate(Map.of("water_m3", 2.0, "output_kg", 40.0))).isEqualTo(50.0);
        assertThat(Formula.parse("(a - b) * 100 / a").evaluate(Map.of("a", 200.0, "b", 150.0))).isEqualTo(25.0);
        assertThat(Formula.parse("1 + 2 * 3").evaluate(Map.of())).isEqualTo(7.0);
        assertThat(Formula.parse("-a + 0.5").evaluate(Map.of("a", 1.0))).isEqualTo(-0.5);
        assertThat(f.variables()).containsExactlyInAnyOrder("water_m3", "output_kg");
    }

    @Test
    void divisorZeroOrMissingInputIsUndefinedNeverNaN() {
        Formula f = Formula.parse("a / b");
        assertThat(f.evaluate(Map.of("a", 1.0, "b", 0.0))).isNull();
        assertThat(f.evaluate(Map.of("a", 0.0, "b", 0.0))).isNull();
        assertThat(f.evaluate(Map.of("a", 1.0))).isNull();
        assertThat(Formula.parse("a * b").evaluate(Map.of("a", 1e308, "b", 1e308))).isNull();
    }

    @ParameterizedTest(name = "''{0}'' is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "a +           | ends where a number",
        "(a + b        | is never closed",
        "a + b)        | unexpected ')'",
        "sqrt(a)       | function call",
        "a ^ 2         | unexpected '^'",
        "1.            | no digits after '.'",
        "a; b          | unexpected ';'"})
    void rejectsAnythingBeyondTheGrammar(String source, String message) {
        assertThatThrownBy(() -> Formula.parse(source)).isInstanceOf(FormulaException.class).hasMessageContaining(message);
    }

    @Test
    void rejectsEmptyAndAbsurdlyLongOrDeepFormulas() {
        assertThatThrownBy(() -> Formula.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Formula.parse("a+".repeat(300) + "a")).hasMessageContaining("longer than");
        assertThatThrownBy(() -> Formula.parse("(".repeat(60) + "a" + ")".repeat(60))).hasMessageContaining("deeper");
    }
}
