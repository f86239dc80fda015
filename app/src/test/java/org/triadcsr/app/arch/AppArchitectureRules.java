package org.triadcsr.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * The one-way rules of the {@code app} module, written against a root package so the same rules can be shown
 * to fail on a deliberately broken fixture.
 */
final class AppArchitectureRules {
    private AppArchitectureRules() {
    }

    static List<ArchRule> forRoot(String root) {
        return List.of(
                noClasses().that().resideInAnyPackage(root + ".store..", root + ".report..", root + ".cli..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".ui..")
                        .as("store, report and cli never use ui"),
                noClasses().that().resideOutsideOfPackage(root + ".ui..")
                        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                        .as("only ui uses JavaFX"),
                noClasses().that().resideOutsideOfPackage(root + ".report..")
                        .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
                        .as("AWT stays inside report"),
                noClasses().that().resideOutsideOfPackage(root + ".cli..")
                        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                        .as("only cli writes to the console"),
                noClasses().that().resideOutsideOfPackage(root + ".env..")
                        .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                        .as("logging goes through System.Logger; only env configures its backend"),
                slices().matching(root + ".(*)..").should().beFreeOfCycles()
                        .as("no package cycles"));
    }
}
