package org.triadcsr.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.triadcsr.model.portfolio.Company;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code triad company list}: the companies of a workspace, one per line, id first. */
@Command(name = "company", mixinStandardHelpOptions = true, description = "Companies in a workspace.",
        subcommands = CompanyCommand.ListAll.class)
final class CompanyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {
        "List every company: id, name, sector, province, number of assessments.", "Tab-separated, one per line, id first."})
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommandContext context;

        @Override
        public Integer call() {
            return context.read(ws -> {
                PrintWriter out = spec.commandLine().getOut();
                if (ws.companies().list().isEmpty()) {
                    spec.commandLine().getErr().println(context.text().get("company.none", ws.file().getFileName()));
                }
                for (Company c : ws.companies().list()) {
                    out.println(String.join("\t", c.id(), c.name(), orEmpty(c.sector()), orEmpty(c.province()),
                            String.valueOf(ws.assessments().forCompany(c.id()).size())));
                }
                return 0;
            });
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}
