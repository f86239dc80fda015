package org.triadcsr.app.selftest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triadcsr.app.store.Workspace;

/** What the self-test's steps hand on to each other: the scratch folder, the workspace and what was made in it. */
public final class SelfTestState {
    private final Path folder;
    private final Locale language;
    private Workspace workspace;
    private final List<String> assessmentIds = new ArrayList<>();
    private Path report;

    SelfTestState(Path folder, Locale language) {
        this.folder = folder;
        this.language = language;
    }

    /** The language of what the steps write (the demo's texts, the report). */
    public Locale language() {
        return language;
    }

    /** The temporary folder that holds everything the self-test makes; deleted by the last step. */
    public Path folder() {
        return folder;
    }

    public Workspace workspace() {
        if (workspace == null) {
            throw new IllegalStateException("no workspace is open");
        }
        return workspace;
    }

    void workspace(Workspace opened) {
        this.workspace = opened;
    }

    boolean hasWorkspace() {
        return workspace != null;
    }

    /** The assessments the demo step added, which the later steps score and report. */
    public List<String> assessmentIds() {
        return assessmentIds;
    }

    /** The PDF the report step wrote, which the verify step checks. */
    public Path report() {
        if (report == null) {
            throw new IllegalStateException("no report was written");
        }
        return report;
    }

    void report(Path written) {
        this.report = written;
    }
}
