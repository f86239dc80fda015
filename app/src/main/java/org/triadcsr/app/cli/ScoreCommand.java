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

    private CliText text;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        text = CliText.of(spec);
        if ((workspace == null) == (file == null)) {
            err.println(text.get("error.prefix", text.get("score.fileOrWorkspace")));
            return 2;
        }
        if (workspace != null) {
            return ScoreFromWorkspace.run(spec, workspace, assessmentId, format == Format.json);
        }
        try {
            ExchangeDocument doc = ExchangeReader.read(Files.readString(file, StandardCharsets.UTF_8));
            Selected selected = select(doc);
            Pack pack = pack(selected.assessment().assessment().packId(), err);
            String answered = selected.assessment().assessment().packVersion();
            if (!pack.version().equals(answered)) {
                err.println(text.get("score.otherVersion", pack.id(), answered, pack.version()));
            }
            ScoreCard card = Scorer.score(pack, answers(pack, selected.assessment(), err),
                    selected.company().company().profile(), selected.assessment().assessment().id(),
                    selected.company().company().id(), selected.assessment().assessment().period());
            print(card, pack);
            return 0;
        } catch (NoSuchFileException e) {
            err.println(text.get("error.prefix", text.get("file.missing", e.getFile())));
        } catch (IOException e) {
            System.getLogger(ScoreCommand.class.getName()).log(System.Logger.Level.WARNING, "cannot read " + file, e);
            err.println(text.get("error.prefix", text.get("file.unreadable", file)));
        } catch (InvalidAnswerException e) {
            err.println(text.get("error.prefix", e.messageIn(text.language())));
        } catch (ExchangeException | PackInvalidException | UserError e) {
            err.println(text.get("error.prefix", e.getMessage()));
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
                    .orElseThrow(() -> new UserError(text.get("score.noSuchAssessment", assessmentId, file, ids(all))));
        }
        if (all.size() != 1) {
            throw new UserError(all.isEmpty() ? text.get("score.noAssessment", file)
                    : text.get("score.chooseAssessment", file, all.size(), ids(all)));
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
                throw new UserError(text.get("score.otherPack", packId, packFile, pack.id()));
            }
            return pack;
        }
        return BundledPacks.get(packId).orElseThrow(() -> new UserError(text.get("score.packNotBundled", packId)));
    }

    private Answers answers(Pack pack, CompanyFile.AssessmentFile assessment, PrintWriter err) throws InvalidAnswerException {
        List<Answer> valid = new ArrayList<>();
        for (Answer a : assessment.answers()) {
            Question q = pack.question(a.questionId()).orElse(null);
            if (q == null) {
                err.println(text.get("score.unknownQuestion", a.questionId(), pack.id(), pack.version()));
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
            out.println(ScoreCardJson.write(card, text.language()));
        } else {
            new ScoreCardText(pack, text).print(card, out);
        }
    }
}
