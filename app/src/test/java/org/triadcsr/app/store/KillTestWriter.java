package org.triadcsr.app.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.AnswerValue;
import org.triadcsr.model.portfolio.Assessment;

/**
 * The child process of {@link StoreKillTest}: opens the workspace and saves answers for ever, printing a line
 * ending in " ." only after each save has returned (so only a committed save is ever reported). Each answer
 * goes to its own (assessment, question) pair, so every reported one must still be there after a kill.
 */
public final class KillTestWriter {
    private static final List<String> QUESTIONS = List.of("env.water.metering", "soc.labour.contracts",
            "prd.quality.system", "env.water.use");

    private KillTestWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Workspace.Opener opener = args.length > 1 && args[1].equals("command") ? Workspace.Opener.COMMAND
                : Workspace.Opener.WINDOW;
        try (Workspace ws = Workspace.open(Path.of(args[0]), opener)) {
            if (ws.companies().find("kill").isEmpty()) {
                ws.packs().store(StoreFixtures.packJson());
                ws.companies().save(StoreFixtures.company("kill", "Kill test"));
            }
            out.println("READY .");
            Assessment current = null;
            for (int i = 0; ; i++) {
                if (i % QUESTIONS.size() == 0) {
                    current = ws.assessments().create("kill", StoreFixtures.PACK_ID, StoreFixtures.PACK_VERSION, "p" + i, null);
                }
                String question = QUESTIONS.get(i % QUESTIONS.size());
                ws.answers().save(current.id(), new Answer(question, value(question, i), String.valueOf(i)));
                out.println("S " + current.id() + " " + question + " " + i + " .");
            }
        }
    }

    private static AnswerValue value(String question, int i) {
        return switch (question) {
            case "env.water.metering" -> new AnswerValue.Level(i % 5);
            case "soc.labour.contracts" -> i % 2 == 0 ? AnswerValue.YesNo.YES : AnswerValue.YesNo.NO;
            case "prd.quality.system" -> new AnswerValue.Choice("none");
            default -> new AnswerValue.NotApplicable("run " + i);
        };
    }
}
