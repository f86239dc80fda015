package org.triadcsr.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The model is pure: no UI, storage, PDF or console; no package cycles. */
class ModelArchitectureTest {
    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.triadcsr.model");

    @Test
    void usesNoJavaFxJdbcAwtOrPdfLibraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                "java.awt..", "javax.swing..", "com.itextpdf..", "org.jfree..", "org.sqlite..").check(model);
    }

    @Test
    void neverWritesToTheConsoleOrUsesJavaUtilLogging() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(model);
        noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..").check(model);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("org.triadcsr.model.(*)..").should().beFreeOfCycles().check(model);
    }
}
