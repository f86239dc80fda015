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

    static int run(CommandSpec spec, Path workspace, String assessmentId, boolean json, String language) {
        PrintWriter err = spec.commandLine().getErr();
        if (assessmentId == null) {
            err.println("Error: choose the assessment with --assessment ID (list them with 'triad assessment list"
                    + " --workspace " + workspace + "').");
            return 2;
        }
        try (Workspace ws = Workspace.openForReading(workspace)) {
            WorkspaceScore.Scored scored = WorkspaceScore.score(ws, assessmentId);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ScoreCardJson.write(scored.card(), language));
            } else {
                new ScoreCardText(scored.pack(), language).print(scored.card(), out);
            }
            return 0;
        } catch (StoreException e) {
            return WorkspaceCommand.fail(spec, e, workspace);
        }
    }
}
