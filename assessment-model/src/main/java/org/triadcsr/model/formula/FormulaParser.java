package org.triadcsr.model.formula;

import java.util.LinkedHashSet;
import java.util.Set;
import org.triadcsr.model.formula.Formula.Binary;
import org.triadcsr.model.formula.Formula.Literal;
import org.triadcsr.model.formula.Formula.Negate;
import org.triadcsr.model.formula.Formula.Node;
import org.triadcsr.model.formula.Formula.Variable;

/**
 * Recursive-descent parser for the four-operator formula language of packs. Hand-written on purpose (see
 * docs/decisions/0004): the grammar is tiny, and nothing beyond it can ever be evaluated.
 */
final class FormulaParser {
    private static final int MAX_LENGTH = 500;
    private static final int MAX_DEPTH = 50;
    private final String src;
    private final Set<String> variables = new LinkedHashSet<>();
    private int pos;
    private int depth;

    private FormulaParser(String src) {
        this.src = src;
    }

    static Formula parse(String source) {
        if (source == null || source.isBlank()) {
            throw new FormulaException("the formula is empty", 0);
        }
        if (source.length() > MAX_LENGTH) {
            throw new FormulaException("the formula is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        FormulaParser parser = new FormulaParser(source);
        Node root = parser.expression();
        parser.skipSpaces();
        if (parser.pos < source.length()) {
            throw new FormulaException("unexpected '" + source.charAt(parser.pos) + "' at character " + (parser.pos + 1)
                    + " (allowed: + - * / ( ), numbers and input ids)", parser.pos);
        }
        return new Formula(source, root, parser.variables);
    }

    private Node expression() {
        Node left = term();
        while (true) {
            skipSpaces();
            if (peek('+') || peek('-')) {
                char op = src.charAt(pos++);
                left = new Binary(op, left, term());
            } else {
                return left;
            }
        }
    }

    private Node term() {
        Node left = factor();
        while (true) {
            skipSpaces();
            if (peek('*') || peek('/')) {
                char op = src.charAt(pos++);
                left = new Binary(op, left, factor());
            } else {
                return left;
            }
        }
    }

    private Node factor() {
        skipSpaces();
        if (++depth > MAX_DEPTH) {
            throw new FormulaException("the formula nests deeper than " + MAX_DEPTH + " levels", pos);
        }
        try {
            if (pos >= src.length()) {
                throw new FormulaException("the formula ends where a number, an input id or '(' was expected", pos);
            }
            char c = src.charAt(pos);
            if (c == '-' || c == '+') {
                pos++;
                Node operand = factor();
                return c == '-' ? new Negate(operand) : operand;
            }
            if (c == '(') {
                int open = pos++;
                Node inner = expression();
                skipSpaces();
                if (!peek(')')) {
                    throw new FormulaException("the '(' at character " + (open + 1) + " is never closed", pos);
                }
                pos++;
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (isIdentStart(c)) {
                int start = pos;
                while (pos < src.length() && isIdentPart(src.charAt(pos))) {
                    pos++;
                }
                String name = src.substring(start, pos);
                skipSpaces();
                if (peek('(')) {
                    throw new FormulaException("'" + name + "(' looks like a function call; formulas allow only"
                            + " + - * / and parentheses", start);
                }
                variables.add(name);
                return new Variable(name);
            }
            throw new FormulaException("unexpected '" + c + "' at character " + (pos + 1)
                    + " (allowed: + - * / ( ), numbers and input ids)", pos);
        } finally {
            depth--;
        }
    }

    private Node number() {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (peek('.')) {
            pos++;
            int fraction = pos;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
            if (fraction == pos) {
                throw new FormulaException("the number at character " + (start + 1) + " has no digits after '.'", pos);
            }
        }
        if (start == pos || src.charAt(start) == '.') {
            throw new FormulaException("the number at character " + (start + 1) + " must start with a digit", start);
        }
        return new Literal(Double.parseDouble(src.substring(start, pos)));
    }

    private boolean peek(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }
}
