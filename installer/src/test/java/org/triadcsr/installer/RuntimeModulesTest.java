package org.triadcsr.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The app image's runtime holds only the modules listed in installer.modules (installer/pom.xml). jdeps
 * finds what the app's runtime class path needs; every such module must be on the list, or the image would
 * fail at run time where the developer's JDK did not.
 */
class RuntimeModulesTest {

    @Test
    void everyModuleTheAppNeedsIsInTheImage() {
        Set<String> listed = new TreeSet<>(Arrays.asList(System.getProperty("installer.modules").split(",")));
        Set<String> needed = jdepsModules();

        assertThat(needed).contains("java.base", "java.sql");   // jdeps really looked at the app
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(listed);
        missing.removeIf(m -> m.startsWith("javafx.") && listed.contains("javafx.controls")
                && Set.of("javafx.graphics", "javafx.base").contains(m));
        // Libraries resolved as modules above (JFreeChart) ship as jars in the image, not as runtime modules.
        missing.removeIf(m -> !(m.startsWith("java.") || m.startsWith("jdk.") || m.startsWith("javafx.")));
        assertThat(missing).as("modules the app needs that installer.modules lacks").isEmpty();
    }

    private static Set<String> jdepsModules() {
        List<String> javafx = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("installer.runtime.classpath").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            // JavaFX, and JFreeChart which the modular chart viewer requires by module name, resolve as modules.
            (name.startsWith("javafx-") || name.startsWith("jfreechart-") ? javafx : classPath).add(entry);
        }
        // Every jar is on the module path too, so a modular library's own requirements resolve (the chart
        // viewer's jar requires the JFreeChart module); the launcher still runs them all from the class path.
        List<String> modulePath = new ArrayList<>(javafx);
        modulePath.addAll(classPath);
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", String.join(File.pathSeparator, modulePath),
                "--class-path", String.join(File.pathSeparator, classPath)));
        args.addAll(classPath);
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).toList();
        return new TreeSet<>(Arrays.asList(lines.get(lines.size() - 1).trim().split(",")));
    }
}
