package org.triadcsr.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.triadcsr.app.report.ProgressReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triad progress}: the deltas of spec §8 between two assessments of one company and pack. */
@Command(name = "progress", mixinStandardHelpOptions = true, description = {
    "Print the progress of an assessment against an earlier one (spec §8): score deltas in points, KPI changes in %%.",
    "Without --against: against the company's previous assessment with the same pack."})
final class ProgressCommand implements Callable<Integer> {
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Mixin
    CommandContext context;

    @Option(names = "--assessment", paramLabel = "ID", required = true, description = "The later assessment.")
    String assessmentId;

    @Option(names = "--against", paramLabel = "ID", description = "The earlier assessment (default: the previous one).")
    String againstId;

    @Option(names = "--format", defaultValue = "text", description = "json (full precision, null when undefined) or text."
            + " Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        CliText text = context.text();
        return context.read(ws -> {
            for (String id : againstId == null ? new String[] {assessmentId} : new String[] {assessmentId, againstId}) {
                if (ws.assessments().find(id).isEmpty()) {
                    return context.fail(text.get("error.noAssessment", id, ws.file()));
                }
            }
            ProgressReport.Outcome outcome = ProgressReport.of(ws, assessmentId, againstId);
            if (outcome.problem() == ProgressReport.Problem.NO_EARLIER) {
                return context.fail(text.get("progress.noEarlier", assessmentId));
            }
            if (outcome.problem() == ProgressReport.Problem.NOT_COMPARABLE) {
                return context.fail(text.get("progress.otherCompany", assessmentId, againstId));
            }
            ProgressReport report = outcome.report();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(report.json());
            } else {
                report.text(text.language(), text.get("progress.header", report.later().id(), report.later().period(),
                        report.earlier().id(), report.earlier().period()), text.get("progress.overall"),
                        text.get("progress.domains"), text.get("progress.topics"), text.get("progress.kpis"))
                        .forEach(out::println);
            }
            return 0;
        });
    }
}
