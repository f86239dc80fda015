package org.triadcsr.app.selftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.triadcsr.app.demo.Demo;
import org.triadcsr.app.report.ReportFile;
import org.triadcsr.app.report.ReportLanguage;
import org.triadcsr.app.report.ReportModel;
import org.triadcsr.app.report.ReportModelLoader;
import org.triadcsr.app.report.ReportVerifier;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.packs.BundledPacks;

/**
 * The steps of {@code triad selftest}, in order. Each is one line in {@link #main()}; a step whose code has not
 * landed yet is listed as {@link SelfTestStep#unavailable} and becomes one line when it does.
 */
final class SelfTestSteps {
    static final String WORKSPACE = "selftest.step.workspace";
    static final String PACKS = "selftest.step.packs";
    static final String DEMO = "selftest.step.demo";
    static final String SCORE = "selftest.step.score";
    static final String REPORT = "selftest.step.report";
    static final String VERIFY = "selftest.step.verify";
    static final String CLEANUP = "selftest.step.cleanup";

    private SelfTestSteps() {
    }

    static List<SelfTestStep> main() {
        return List.of(
                SelfTestStep.of(WORKSPACE, SelfTestSteps::createWorkspace),
                SelfTestStep.of(PACKS, SelfTestSteps::loadPacks, WORKSPACE),
                SelfTestStep.of(DEMO, SelfTestSteps::addDemo, PACKS),
                SelfTestStep.of(SCORE, SelfTestSteps::score, DEMO),
                SelfTestStep.of(REPORT, SelfTestSteps::writeReport, SCORE),
                SelfTestStep.of(VERIFY, SelfTestSteps::verifyReport, REPORT));
    }

    static SelfTestStep cleanup() {
        return SelfTestStep.of(CLEANUP, SelfTestSteps::deleteEverything);
    }

    private static Object[] createWorkspace(SelfTestState state) {
        state.workspace(Workspace.create(state.folder().resolve("selftest.triad")));
        return new Object[] {state.workspace().file()};
    }

    /** Every bundled pack is parsed and validated, and its JSON is kept in the workspace and read back. */
    private static Object[] loadPacks(SelfTestState state) {
        int questions = 0;
        for (String id : BundledPacks.IDS) {
            Pack bundled = BundledPacks.get(id).orElseThrow(() -> new IllegalStateException("pack " + id + " is missing"));
            Pack kept = state.workspace().packs().store(BundledPacks.json(id));
            Pack readBack = state.workspace().packs().find(id, bundled.version()).orElseThrow(
                    () -> new IllegalStateException("pack " + id + " was not kept in the workspace"));
            if (kept.questions().size() != bundled.questions().size()
                    || readBack.questions().size() != bundled.questions().size()) {
                throw new IllegalStateException("pack " + id + " lost questions on its way through the workspace");
            }
            questions += bundled.questions().size();
        }
        return new Object[] {BundledPacks.IDS.size(), questions};
    }

    /** The demo companies through the store, as the window's first start adds them; their assessments are kept. */
    private static Object[] addDemo(SelfTestState state) {
        Demo.Result result = Demo.add(state.workspace(), state.language(), LocalDate.now());
        if (result.added().size() != Demo.companies().size()) {
            throw new IllegalStateException("the demo added " + result.added().size() + " of "
                    + Demo.companies().size() + " companies");
        }
        state.workspace().assessments().all().forEach(a -> state.assessmentIds().add(a.id()));
        if (state.assessmentIds().isEmpty()) {
            throw new IllegalStateException("the demo added no assessment");
        }
        return new Object[] {result.added().size(), state.assessmentIds().size()};
    }

    private static Object[] score(SelfTestState state) {
        if (state.assessmentIds().isEmpty()) {
            throw new IllegalStateException("the demo added no assessment to score");
        }
        int rated = 0;
        for (String id : state.assessmentIds()) {
            ScoreCard card = WorkspaceScore.score(state.workspace(), id).card();
            if (card.overall() != null) {
                rated++;
            }
        }
        if (rated == 0) {
            throw new IllegalStateException("no demo assessment has an overall score");
        }
        return new Object[] {state.assessmentIds().size(), rated};
    }

    /** The PDF of the demo's richest story: the textile company's latest assessment, with its baseline. */
    private static Object[] writeReport(SelfTestState state) throws IOException {
        Workspace workspace = state.workspace();
        Assessment latest = workspace.assessments().forCompany(Demo.companies().get(0).id()).stream()
                .max(Comparator.comparing(Assessment::period).thenComparing(Assessment::createdAt))
                .orElseThrow(() -> new IllegalStateException("the demo's first company has no assessment"));
        ReportModel model = ReportModelLoader.load(workspace, latest.id(), Clock.systemDefaultZone());
        Path pdf = state.folder().resolve("selftest-report.pdf");
        ReportFile.write(model, ReportLanguage.parse(state.language().getLanguage()), pdf);
        state.report(pdf);
        return new Object[] {pdf, Files.size(pdf)};
    }

    /** Reads the PDF back: the fingerprint of its attached data must equal the one printed on every page. */
    private static Object[] verifyReport(SelfTestState state) {
        ReportVerifier.Result result = ReportVerifier.verify(state.report());
        if (!result.agrees()) {
            throw new IllegalStateException("the report does not verify: " + result.outcome());
        }
        return new Object[] {result.pages(), result.printed()};
    }

    private static Object[] deleteEverything(SelfTestState state) throws IOException {
        if (state.hasWorkspace()) {
            state.workspace().close();
        }
        Path folder = state.folder();
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(SelfTestSteps::delete);
        }
        if (Files.exists(folder)) {
            throw new IllegalStateException(folder + " is still there");
        }
        return new Object[] {folder};
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
