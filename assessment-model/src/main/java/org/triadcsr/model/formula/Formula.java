package org.triadcsr.model.formula;

import java.util.Map;
import java.util.Set;

/**
 * A parsed KPI formula over named inputs: {@code + - * /}, parentheses, decimal literals. Evaluation never
 * yields NaN or infinity: a missing input, a zero divisor or a non-finite result is undefined (null).
 */
public final class Formula {
    private final String source;
    private final Node root;
    private final Set<String> variables;

    Formula(String source, Node root, Set<String> variables) {
        this.source = source;
        this.root = root;
        this.variables = Set.copyOf(variables);
    }

    public static Formula parse(String source) {
        return FormulaParser.parse(source);
    }

    public String source() {
        return source;
    }

    public Set<String> variables() {
        return variables;
    }

    /** The value, or null when it is undefined. */
    public Double evaluate(Map<String, Double> inputs) {
        Double value = root.eval(inputs);
        return value == null || !Double.isFinite(value) ? null : value;
    }

    @Override
    public String toString() {
        return source;
    }

    sealed interface Node permits Literal, Variable, Negate, Binary {
        Double eval(Map<String, Double> inputs);
    }

    record Literal(double value) implements Node {
        public Double eval(Map<String, Double> inputs) {
            return value;
        }
    }

    record Variable(String name) implements Node {
        public Double eval(Map<String, Double> inputs) {
            return inputs.get(name);
        }
    }

    record Negate(Node operand) implements Node {
        public Double eval(Map<String, Double> inputs) {
            Double v = operand.eval(inputs);
            return v == null ? null : -v;
        }
    }

    record Binary(char op, Node left, Node right) implements Node {
        public Double eval(Map<String, Double> inputs) {
            Double a = left.eval(inputs);
            Double b = right.eval(inputs);
            if (a == null || b == null) {
                return null;
            }
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> b == 0 ? null : a / b;
                default -> throw new IllegalStateException("operator " + op);
            };
        }
    }
}
