package org.triadcsr.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AppArchitectureTest {
    @Test
    void appKeepsItsLayering() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.triadcsr.app");
        assertThat(app.size()).as("classes imported").isGreaterThan(5);
        for (ArchRule rule : AppArchitectureRules.forRoot("org.triadcsr.app")) {
            rule.check(app);
        }
    }

    /** The broken fixture under org.triadcsr.archfixture.app breaks each rule once; each rule must notice. */
    @Test
    void everyRuleFailsOnADeliberatelyBrokenFixture() {
        JavaClasses broken = new ClassFileImporter().importPackages("org.triadcsr.archfixture.app");
        List<String> passedWrongly = AppArchitectureRules.forRoot("org.triadcsr.archfixture.app").stream()
                .filter(rule -> !rule.evaluate(broken).hasViolation())
                .map(ArchRule::getDescription)
                .collect(Collectors.toList());
        assertThat(passedWrongly).as("rules that did not catch their violation").isEmpty();
        EvaluationResult layering = AppArchitectureRules.forRoot("org.triadcsr.archfixture.app").get(0).evaluate(broken);
        assertThat(layering.getFailureReport().getDetails()).anyMatch(line -> line.contains("BadStore"));
    }
}
