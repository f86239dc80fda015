package org.triadcsr.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.PackInvalidException;
import org.triadcsr.model.pack.PackProblem;
import org.triadcsr.model.pack.PackReader;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.QuestionKind;
import org.triadcsr.packs.BundledPacks;
import org.triadcsr.packs.PackIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triad packs list | validate FILE...}: the bundled packs, and checking a pack before sharing it. */
@Command(name = "packs", description = "List the bundled indicator packs or validate pack files.",
        subcommands = {PacksCommand.ListPacks.class, PacksCommand.Validate.class, PacksCommand.Ids.class,
            PacksAddCommand.class})
final class PacksCommand {

    static String summary(Pack pack, CliText text) {
        List<Question> questions = pack.questions();
        long kpis = questions.stream().filter(q -> q.kind() == QuestionKind.KPI).count();
        long benchmarked = questions.stream().filter(q -> q.kind() == QuestionKind.KPI && !q.kpi().tracked()).count();
        return text.get("packs.summary", String.format("%-22s", pack.id()), String.format("%-8s", pack.version()),
                String.format("%3d", questions.size()), String.format("%2d", kpis), benchmarked,
                pack.name().in(text.language()));
    }

    @Command(name = "list", description = "List the packs that ship with Triad.")
    static final class ListPacks implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CliText text = CliText.of(spec);
            BundledPacks.all().forEach(p -> out.println(summary(p, text)));
            return 0;
        }
    }

    @Command(name = "validate", description = "Check pack files; prints every problem with line and column.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pack JSON files to check.")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CliText text = CliText.of(spec);
            int invalid = 0;
            for (Path file : files) {
                try {
                    if (!Files.isRegularFile(file)) {
                        throw new NoSuchFileException(file.toString());
                    }
                    Pack pack = PackReader.read(file);
                    out.println(text.get("packs.valid", file, summary(pack, text)));
                } catch (PackInvalidException e) {
                    invalid++;
                    err.println(text.get("packs.problems", file, e.problems().size()));
                    for (PackProblem p : e.problems()) {
                        err.println("  " + file + ":" + p.line() + ":" + p.column() + ": " + p.message()
                                + (p.pointer().isEmpty() ? "" : "  [" + p.pointer() + "]"));
                    }
                } catch (NoSuchFileException e) {
                    invalid++;
                    err.println(text.get("file.missing", file));
                } catch (IOException e) {
                    invalid++;
                    System.getLogger(PacksCommand.class.getName()).log(System.Logger.Level.WARNING, "cannot read " + file, e);
                    err.println(text.get("file.unreadable", file));
                }
            }
            return invalid == 0 ? 0 : 1;
        }
    }

    @Command(name = "ids", description = "Print a valid pack's stable ids, one 'id kind' per line (the ids/PACK.ids form).")
    static final class Ids implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Pack JSON file.")
        Path file;

        @Override
        public Integer call() throws IOException {
            try {
                spec.commandLine().getOut().print(PackIds.file(PackReader.read(file)));
                return 0;
            } catch (PackInvalidException e) {
                spec.commandLine().getErr().println(file + ": " + e.getMessage());
                return 1;
            } catch (NoSuchFileException e) {
                spec.commandLine().getErr().println(CliText.of(spec).get("file.missing", file));
                return 1;
            }
        }
    }
}
