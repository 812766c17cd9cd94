package dev.rivulet.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The module DAG of ARCHITECTURE.md as ArchUnit rules. Maven modules are identified by their
 * package roots: module-library owns {@code dev.rivulet.core}, {@code .document} and
 * {@code .modules}; runtime-bridge owns {@code .runtime}; canvas {@code .canvas}; wallet
 * {@code .wallet}; editor-app {@code .app}.
 *
 * <p>Rules allow an empty selection because modules fill up over time; {@code LayeringTest} checks
 * separately that the import found classes at all.
 */
final class LayeringRules {

    static final String[] LIBRARY = {"dev.rivulet.core..", "dev.rivulet.document..", "dev.rivulet.modules.."};
    static final String RUNTIME = "dev.rivulet.runtime..";
    static final String CANVAS = "dev.rivulet.canvas..";
    static final String WALLET = "dev.rivulet.wallet..";
    static final String APP = "dev.rivulet.app..";

    static final ArchRule LIBRARY_DOES_NOT_USE_JAVAFX = noClasses()
            .that().resideInAnyPackage(LIBRARY)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("module-library is pure Java and runs inside headless engines")
            .allowEmptyShould(true);

    static final ArchRule RUNTIME_DOES_NOT_USE_JAVAFX = noClasses()
            .that().resideInAPackage(RUNTIME)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the remote engine server runs without a display")
            .allowEmptyShould(true);

    static final ArchRule ONLY_WALLET_USES_WEB3J = noClasses()
            .that().resideInAPackage("dev.rivulet..")
            .and().resideOutsideOfPackage(WALLET)
            .should().dependOnClassesThat().resideInAPackage("org.web3j..")
            .because("web3j stays inside the wallet module, behind WalletService")
            .allowEmptyShould(true);

    static final ArchRule LIBRARY_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAnyPackage(LIBRARY)
            .should().dependOnClassesThat().resideInAnyPackage(RUNTIME, WALLET, CANVAS, APP)
            .because("module-library is the root of the module DAG")
            .allowEmptyShould(true);

    static final ArchRule CANVAS_KNOWS_NO_ENGINE_OR_WALLET = noClasses()
            .that().resideInAPackage(CANVAS)
            .should().dependOnClassesThat().resideInAnyPackage(RUNTIME, WALLET)
            .because("the canvas control knows the document model only, nothing of engines or wallets")
            .allowEmptyShould(true);

    static final ArchRule WALLET_DEPENDS_ONLY_ON_LIBRARY = noClasses()
            .that().resideInAPackage(WALLET)
            .should().dependOnClassesThat().resideInAnyPackage(RUNTIME, CANVAS, APP)
            .because("wallet depends on module-library only")
            .allowEmptyShould(true);

    static final ArchRule RUNTIME_DOES_NOT_DEPEND_ON_UI_MODULES = noClasses()
            .that().resideInAPackage(RUNTIME)
            .should().dependOnClassesThat().resideInAnyPackage(CANVAS, APP)
            .because("runtime-bridge depends on module-library and wallet only")
            .allowEmptyShould(true);

    static final List<ArchRule> ALL = List.of(
            LIBRARY_DOES_NOT_USE_JAVAFX,
            RUNTIME_DOES_NOT_USE_JAVAFX,
            ONLY_WALLET_USES_WEB3J,
            LIBRARY_DEPENDS_ON_NO_OTHER_MODULE,
            CANVAS_KNOWS_NO_ENGINE_OR_WALLET,
            WALLET_DEPENDS_ONLY_ON_LIBRARY,
            RUNTIME_DOES_NOT_DEPEND_ON_UI_MODULES);

    private LayeringRules() {
    }
}
