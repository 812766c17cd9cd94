package dev.rivulet.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the production classes of every module on the classpath against the module DAG. */
class LayeringTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.rivulet");
    }

    static Stream<ArchRule> rules() {
        return LayeringRules.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeFollowsTheModuleDag(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void importSeesProductionClassesOfSeveralModulesAndNoTestFixtures() {
        assertThat(production.stream().map(JavaClass::getName))
                .contains("dev.rivulet.app.Launcher", "dev.rivulet.runtime.store.DataDirectory")
                .noneMatch(name -> name.contains(".archfixture."));
    }
}
