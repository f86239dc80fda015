package org.triadcsr.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code triad assessment list}: the assessments of a workspace, one per line, id first. */
@Command(name = "assessment", description = "Assessments in a workspace.", subcommands = AssessmentCommand.ListAll.class)
final class AssessmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "list", description = {"List every assessment: id, period, status, pack@version, company.",
        "Tab-separated, one per line, id first."})
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceFile workspace;

        @Override
        public Integer call() {
            return workspace.read(ws -> {
                Map<String, Company> companies = ws.companies().list().stream()
                        .collect(Collectors.toMap(Company::id, Function.identity()));
                PrintWriter out = spec.commandLine().getOut();
                for (Assessment a : ws.assessments().all()) {
                    Company c = companies.get(a.companyId());
                    out.println(String.join("\t", a.id(), a.period(), a.status().id(), a.packId() + "@" + a.packVersion(),
                            c == null ? a.companyId() : c.name()));
                }
                return 0;
            });
        }
    }
}
