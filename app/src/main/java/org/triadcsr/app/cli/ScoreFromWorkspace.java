package org.triadcsr.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.model.scoring.ScoreCardJson;
import picocli.CommandLine.Model.CommandSpec;

/** The workspace form of {@code triad score}: a stored assessment, scored with its stored pack version. */
final class ScoreFromWorkspace {
    private ScoreFromWorkspace() {
    }

    static int run(CommandSpec spec, Path workspace, String assessmentId, boolean json) {
        PrintWriter err = spec.commandLine().getErr();
        CliText text = CliText.of(spec);
        if (assessmentId == null) {
            err.println(text.get("error.prefix", text.get("score.assessmentNeeded", workspace)));
            return 2;
        }
        try (Workspace ws = Workspace.openForReading(workspace)) {
            WorkspaceScore.Scored scored = WorkspaceScore.score(ws, assessmentId);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ScoreCardJson.write(scored.card(), text.language()));
            } else {
                new ScoreCardText(scored.pack(), text).print(scored.card(), out);
            }
            return 0;
        } catch (StoreException e) {
            return WorkspaceCommand.fail(spec, e, workspace);
        }
    }
}
