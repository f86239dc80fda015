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
        subcommands = {PacksCommand.ListPacks.class, PacksCommand.Validate.class, PacksCommand.Ids.class})
final class PacksCommand {

    static String summary(Pack pack, String language) {
        List<Question> questions = pack.questions();
        long kpis = questions.stream().filter(q -> q.kind() == QuestionKind.KPI).count();
        long benchmarked = questions.stream().filter(q -> q.kind() == QuestionKind.KPI && !q.kpi().tracked()).count();
        return String.format("%-22s %-8s %3d questions, %2d KPIs (%d with a benchmark)  %s", pack.id(), pack.version(),
                questions.size(), kpis, benchmarked, pack.name().in(language));
    }

    @Command(name = "list", description = "List the packs that ship with Triad.")
    static final class ListPacks implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Option(names = "--lang", defaultValue = "en", description = "Language of pack names: en or vi.")
        String language;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            BundledPacks.all().forEach(p -> out.println(summary(p, language)));
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
            int invalid = 0;
            for (Path file : files) {
                try {
                    if (!Files.isRegularFile(file)) {
                        throw new NoSuchFileException(file.toString());
                    }
                    Pack pack = PackReader.read(file);
                    out.println(file + ": valid  " + summary(pack, "en"));
                } catch (PackInvalidException e) {
                    invalid++;
                    err.println(file + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
                    for (PackProblem p : e.problems()) {
                        err.println("  " + file + ":" + p.line() + ":" + p.column() + ": " + p.message()
                                + (p.pointer().isEmpty() ? "" : "  [" + p.pointer() + "]"));
                    }
                } catch (NoSuchFileException e) {
                    invalid++;
                    err.println(file + ": no such file");
                } catch (IOException e) {
                    invalid++;
                    err.println(file + ": cannot read: " + e.getMessage());
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
                spec.commandLine().getErr().println(file + ": no such file");
                return 1;
            }
        }
    }
}
