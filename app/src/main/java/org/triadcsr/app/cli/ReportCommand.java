package org.triadcsr.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.triadcsr.app.report.ReportFile;
import org.triadcsr.app.report.ReportLanguage;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.app.report.ReportModelLoader;
import org.triadcsr.app.report.ReportVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triad report}: the PDF report of one assessment, written atomically. */
@Command(name = "report", mixinStandardHelpOptions = true, description = {
    "Write the PDF report of one assessment (PDF/A-3, the assessment's data attached, its fingerprint on every page).",
    "--lang en, vi or both (side by side) chooses the report's language; default: the computer's.",
    "Example: triad report --assessment ID --lang both --out report.pdf"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommandContext context;

    @Option(names = "--assessment", paramLabel = "ID", required = true, description = "The assessment (see: triad assessment list).")
    String assessmentId;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "The PDF file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        String reportLanguage = spec.root().userObject() instanceof TriadCommand triad ? triad.requestedLanguage() : null;
        ReportLanguage language = ReportLanguage.parse(reportLanguage == null ? context.language() : reportLanguage);
        CliText text = language == ReportLanguage.EN || language == ReportLanguage.VI ? CliText.of(language.id())
                : context.text();
        if (language == null) {
            return context.fail(text.get("error.lang", reportLanguage, text.get("report.lang.allowed")));
        }
        return context.read(ws -> {
            if (ws.assessments().find(assessmentId).isEmpty()) {
                return context.fail(text.get("error.noAssessment", assessmentId, ws.file()));
            }
            ReportModel model = ReportModelLoader.load(ws, assessmentId, Clock.systemDefaultZone());
            try {
                ReportFile.write(model, language, out);
                long kb = (Files.size(out) + 1023) / 1024;
                int pages = ReportVerifier.verify(out).pages();
                spec.commandLine().getOut().println(text.get("report.written", out, pages, kb, language.id()));
                spec.commandLine().getOut().println(text.get("report.fingerprint", model.fingerprint()));
                return 0;
            } catch (IOException e) {
                return context.fail(text.get("report.failed", out, e.getMessage()));
            }
        });
    }
}
