package org.triadcsr.model.formula;

/** A formula that does not parse; {@code position} is the 0-based character offset of the problem. */
public final class FormulaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int position;

    FormulaException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
