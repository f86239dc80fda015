package org.triadcsr.model.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be loaded, with every problem found in it. */
public final class PackInvalidException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<PackProblem> problems;

    public PackInvalidException(List<PackProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the pack:\n"
                + problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
