package org.triadcsr.model.exchange;

import java.util.List;

/** An exchange file that cannot be read, with every problem found (each names where and what is allowed). */
public final class ExchangeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public ExchangeException(List<String> problems) {
        super("The exchange file cannot be imported:\n- " + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
