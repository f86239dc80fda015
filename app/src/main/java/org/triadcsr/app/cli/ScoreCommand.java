package org.triadcsr.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValidator;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.answer.InvalidAnswerException;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.exchange.ExchangeException;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.PackInvalidException;
import org.triadcsr.model.pack.PackReader;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.ScoreCardJson;
import org.triadcsr.model.scoring.Scorer;
import org.triadcsr.packs.BundledPacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triad score}: the score card of one assessment, as spec §9 JSON or as text. */
@Command(name = "score", description = {"Score one assessment and print its score card.",
    "From an exchange file: triad score --file EXCHANGE.json [--assessment ID] [--pack PACK.json]",
    "From a workspace:      triad score --workspace FILE --assessment ID (scored with the pack version it stores)"})
final class ScoreCommand implements Callable<Integer> {
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "EXCHANGE.json", description = "Exchange file to score from.")
    Path file;

    @Option(names = "--workspace", paramLabel = "FILE", description = "Workspace to score a stored assessment from (with --assessment).")
    Path workspace;

    @Option(names = "--assessment", paramLabel = "ID", description = "Assessment id (needed when the file holds several).")
    String assessmentId;

    @Option(names = "--pack", paramLabel = "PACK.json", description = "Score with this pack instead of the bundled one.")
    Path packFile;

    @Option(names = "--format", defaultValue = "json", description = "json (spec §9) or text. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--lang", defaultValue = "en", description = "Language of texts: en or vi. Default: ${DEFAULT-VALUE}.")
    String language;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((workspace == null) == (file == null)) {
            err.println("Error: give either --file EXCHANGE.json or --workspace FILE --assessment ID.");
            return 2;
        }
        if (workspace != null) {
            return ScoreFromWorkspace.run(spec, workspace, assessmentId, format == Format.json, language);
        }
        try {
            ExchangeDocument doc = ExchangeReader.read(Files.readString(file, StandardCharsets.UTF_8));
            Selected selected = select(doc);
            Pack pack = pack(selected.assessment().assessment().packId(), err);
            String answered = selected.assessment().assessment().packVersion();
            if (!pack.version().equals(answered)) {
                err.println("Note: the assessment was answered with " + pack.id() + " " + answered + "; it is scored with "
                        + pack + " (questions are matched by their stable ids). Give --pack FILE to score with " + answered + ".");
            }
            ScoreCard card = Scorer.score(pack, answers(pack, selected.assessment(), err),
                    selected.company().company().profile(), selected.assessment().assessment().id(),
                    selected.company().company().id(), selected.assessment().assessment().period());
            print(card, pack);
            return 0;
        } catch (NoSuchFileException e) {
            err.println("Error: no such file: " + e.getFile());
        } catch (IOException e) {
            err.println("Error: cannot read " + file + ": " + e.getMessage());
        } catch (ExchangeException | PackInvalidException | InvalidAnswerException | UserError e) {
            err.println("Error: " + e.getMessage());
        }
        return 1;
    }

    /** A problem with what the user asked for; the message says what to do. */
    static final class UserError extends Exception {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }

    record Selected(CompanyFile company, CompanyFile.AssessmentFile assessment) {
    }

    private Selected select(ExchangeDocument doc) throws UserError {
        List<Selected> all = new ArrayList<>();
        doc.companies().forEach(c -> c.assessments().forEach(a -> all.add(new Selected(c, a))));
        if (assessmentId != null) {
            return all.stream().filter(s -> s.assessment().assessment().id().equals(assessmentId)).findFirst()
                    .orElseThrow(() -> new UserError("no assessment '" + assessmentId + "' in " + file + " (it has: "
                            + ids(all) + ")"));
        }
        if (all.size() != 1) {
            throw new UserError(all.isEmpty() ? file + " holds no assessment"
                    : file + " holds " + all.size() + " assessments; choose one with --assessment ID (" + ids(all) + ")");
        }
        return all.get(0);
    }

    private static String ids(List<Selected> all) {
        return String.join(", ", all.stream().map(s -> s.assessment().assessment().id()).toList());
    }

    private Pack pack(String packId, PrintWriter err) throws IOException, PackInvalidException, UserError {
        if (packFile != null) {
            if (!Files.isRegularFile(packFile)) {
                throw new NoSuchFileException(packFile.toString());
            }
            Pack pack = PackReader.read(packFile);
            if (!pack.id().equals(packId)) {
                throw new UserError("the assessment uses pack '" + packId + "' but " + packFile + " is pack '" + pack.id() + "'");
            }
            return pack;
        }
        return BundledPacks.get(packId).orElseThrow(() -> new UserError("pack '" + packId
                + "' does not ship with Triad; give its file with --pack PACK.json"));
    }

    private static Answers answers(Pack pack, CompanyFile.AssessmentFile assessment, PrintWriter err) throws InvalidAnswerException {
        List<Answer> valid = new ArrayList<>();
        for (Answer a : assessment.answers()) {
            Question q = pack.question(a.questionId()).orElse(null);
            if (q == null) {
                err.println("Note: question '" + a.questionId() + "' is not in " + pack + "; its answer is not scored.");
                continue;
            }
            AnswerValidator.check(q, a.value());
            valid.add(a);
        }
        return Answers.of(valid);
    }

    private void print(ScoreCard card, Pack pack) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(ScoreCardJson.write(card, language));
        } else {
            new ScoreCardText(pack, language).print(card, out);
        }
    }
}
