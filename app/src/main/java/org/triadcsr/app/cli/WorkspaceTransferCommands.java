package org.triadcsr.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.triadcsr.app.report.ReportFile;
import org.triadcsr.app.report.SpreadsheetCsv;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triadcsr.app.store.ImportResult;
import org.triadcsr.app.store.PackLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triad workspace export|import|csv}: exchange files and the answers CSV from the command line. */
final class WorkspaceTransferCommands {
    private WorkspaceTransferCommands() {
    }

    @Command(name = "export", description = "Write an exchange file of one company, or of every company.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceFile workspace;

        @Option(names = "--company", paramLabel = "ID", description = "Only this company (default: all).")
        String companyId;

        @Parameters(paramLabel = "OUT.json", description = "The exchange file to write.")
        Path out;

        @Override
        public Integer call() {
            return workspace.read(ws -> {
                ws.exchange().exportTo(out, companyId);
                spec.commandLine().getOut().println(CliText.of(spec).get("file.written", out.toAbsolutePath()));
                return 0;
            });
        }
    }

    @Command(name = "import", description = {"Import an exchange file: all of it in one step, or nothing.",
        "A company already here (same id) is updated, never duplicated."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceFile workspace;

        @Parameters(paramLabel = "IN.json", description = "The exchange file to import.")
        Path in;

        @Override
        public Integer call() {
            return workspace.run(ws -> {
                ImportResult r = ws.exchange().importFile(in, PackLibrary.bundled());
                CliText text = CliText.of(spec);
                spec.commandLine().getOut().println(text.get("import.done", in.getFileName(), r.companiesAdded(),
                        r.companiesUpdated(), r.assessmentsWritten(), r.assessmentsUnchanged()));
                r.warnings(text.language()).forEach(w -> spec.commandLine().getErr().println(text.get("warning.prefix", w)));
                return 0;
            });
        }
    }

    @Command(name = "csv", mixinStandardHelpOptions = true, description = {
        "Write every answer as CSV for a spreadsheet: UTF-8 with a byte-order mark, headers and texts in --lang.",
        "Numbers and units in separate columns; a KPI answer has one row per input, each month in its own column.",
        "Excel: open the file directly, or Data > From Text/CSV with file origin 65001: Unicode (UTF-8)."})
    static final class Csv implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceFile workspace;

        @Parameters(paramLabel = "OUT.csv", description = "The CSV file to write.")
        Path out;

        @Override
        public Integer call() {
            CliText text = CliText.of(spec);
            return workspace.read(ws -> {
                SpreadsheetCsv.Written csv = SpreadsheetCsv.of(ws, text.language());
                try {
                    ReportFile.writeAtomically(out, csv.text().getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    spec.commandLine().getErr().println(text.get("error.prefix", e.getMessage()));
                    return 1;
                }
                spec.commandLine().getOut().println(text.get("csv.written", out.toAbsolutePath(), csv.rows()));
                return 0;
            });
        }
    }
}
