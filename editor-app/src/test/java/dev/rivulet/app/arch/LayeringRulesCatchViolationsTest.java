package dev.rivulet.app.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.rivulet.canvas.archfixture.CanvasUsesRuntime;
import dev.rivulet.core.archfixture.CoreUsesJavaFx;
import dev.rivulet.document.archfixture.DocumentUsesWeb3j;
import dev.rivulet.modules.archfixture.ModuleUsesRuntime;
import dev.rivulet.runtime.archfixture.RuntimeUsesApp;
import dev.rivulet.runtime.archfixture.RuntimeUsesJavaFx;
import dev.rivulet.wallet.archfixture.WalletUsesRuntime;
import dev.rivulet.wallet.archfixture.WalletUsesWeb3j;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves each layering rule bites: it is run against a fixture class (test sources only, so
 * {@link LayeringTest}'s import never sees them) that breaks exactly that rule.
 */
class LayeringRulesCatchViolationsTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(LayeringRules.LIBRARY_DOES_NOT_USE_JAVAFX, CoreUsesJavaFx.class),
                Arguments.of(LayeringRules.RUNTIME_DOES_NOT_USE_JAVAFX, RuntimeUsesJavaFx.class),
                Arguments.of(LayeringRules.ONLY_WALLET_USES_WEB3J, DocumentUsesWeb3j.class),
                Arguments.of(LayeringRules.LIBRARY_DEPENDS_ON_NO_OTHER_MODULE, ModuleUsesRuntime.class),
                Arguments.of(LayeringRules.CANVAS_KNOWS_NO_ENGINE_OR_WALLET, CanvasUsesRuntime.class),
                Arguments.of(LayeringRules.WALLET_DEPENDS_ONLY_ON_LIBRARY, WalletUsesRuntime.class),
                Arguments.of(LayeringRules.RUNTIME_DOES_NOT_DEPEND_ON_UI_MODULES, RuntimeUsesApp.class));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void ruleReportsTheViolatingFixture(ArchRule rule, Class<?> violator) {
        JavaClasses fixture = new ClassFileImporter().importClasses(violator);

        assertThat(rule.evaluate(fixture).hasViolation()).isTrue();
        assertThatThrownBy(() -> rule.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violator.getName());
    }

    @Test
    void everyRuleHasAViolatingFixture() {
        assertThat(violations().map(a -> a.get()[0])).containsExactlyInAnyOrderElementsOf(LayeringRules.ALL);
    }

    @Test
    void walletMayUseWeb3j() {
        JavaClasses fixture = new ClassFileImporter().importClasses(WalletUsesWeb3j.class);

        assertThat(LayeringRules.ONLY_WALLET_USES_WEB3J.evaluate(fixture).hasViolation()).isFalse();
    }
}
