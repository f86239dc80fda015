package org.triadcsr.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.triadcsr.app.demo.Demo;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.model.portfolio.Company;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triad demo --workspace FILE}: adds the demo companies, the same the window offers on a first start. */
@Command(name = "demo", description = {"Add the demo companies (one per bundled pack) to a workspace.",
    "Creates the workspace if the file does not exist; demo companies already there are left as they are."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "FILE", required = true, description = "The workspace file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CliText text = CliText.of(spec);
        boolean existed = Files.exists(file);
        try (Workspace workspace = existed ? Workspace.open(file) : Workspace.create(file)) {
            Demo.Result result = Demo.add(workspace, text.locale(), LocalDate.now());
            if (!existed) {
                out.println(text.get("demo.created", workspace.file()));
            }
            for (Company c : result.added()) {
                out.println(text.get("demo.added", c.name(), c.sector()));
            }
            for (Company c : result.alreadyThere()) {
                out.println(text.get("demo.kept", c.name()));
            }
            out.println(text.get("demo.summary", result.added().size(), workspace.file().getFileName()));
            return 0;
        } catch (StoreException e) {
            return WorkspaceCommand.fail(spec, e, existed ? file : null);
        }
    }
}
