package org.triadcsr.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be run as typed (an unknown option, a missing file name, a bad value): said in the
 * user's language, with the way to the help, exit code 2. Picocli's own English wording is kept only for
 * English; the other languages get the same facts in their words.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static int handle(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        CliText text = CliText.of(cl.getCommandSpec());
        cl.getErr().println(cl.getColorScheme().errorText(text.get("error.prefix", describe(ex, text))));
        cl.getErr().println(text.get("usage.help", cl.getCommandSpec().qualifiedName()));
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String describe(ParameterException ex, CliText text) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return text.get("usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing) {
            return text.get("usage.missing", names(missing.getMissing()));
        }
        if (ex instanceof Refused) {
            return ex.getMessage();
        }
        if (ex.getArgSpec() != null) {
            return text.get("usage.badValue", names(List.of(ex.getArgSpec())), ex.getValue() == null ? "" : ex.getValue());
        }
        return ex.getMessage();
    }

    /** A refusal written by Triad itself (e.g. an unsupported --lang), already in the user's language. */
    static final class Refused extends ParameterException {
        private static final long serialVersionUID = 1L;

        Refused(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(s -> s instanceof OptionSpec o ? o.longestName() : s.paramLabel())
                .collect(Collectors.joining(", "));
    }
}
