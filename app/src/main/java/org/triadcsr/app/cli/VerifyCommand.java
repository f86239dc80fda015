package org.triadcsr.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triadcsr.app.report.ReportVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triad verify}: whether a report's attached data and its printed fingerprint agree (exit 0), or not (1). */
@Command(name = "verify", mixinStandardHelpOptions = true, description = {
    "Check a Triad PDF report: recompute the fingerprint from the data attached to it and compare it with the one",
    "printed on every page. Exit code 0 if they agree, 1 if the file was changed or cannot be checked."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "FILE.pdf", description = "The report to check.")
    Path file;

    @Override
    public Integer call() {
        CliText text = context.text();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(text.get("verify.missing", file));
            return 1;
        }
        ReportVerifier.Result r = ReportVerifier.verify(file);
        switch (r.outcome()) {
            case AGREES -> {
                out.println(text.get("verify.agrees", file, r.pages()));
                out.println(text.get("verify.detail", r.assessmentId(), r.company(), r.period(), r.computed()));
                return 0;
            }
            case DATA_CHANGED -> {
                err.println(text.get("verify.dataChanged", file));
                err.println(text.get("verify.printed", r.printed()));
                err.println(text.get("verify.computed", r.computed()));
            }
            case PAGES_DIFFER -> err.println(text.get("verify.pagesDiffer", file));
            case NO_DATA -> err.println(text.get("verify.noData", file));
            case UNREADABLE -> err.println(text.get("verify.unreadable", file));
        }
        return 1;
    }
}
