package dev.rivulet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.bench.SyntheticCanvas;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With every module type of the application (runtime-bridge's network, SQL and stream modules and the wallet's
 * Ethereum modules too, which module-library's own test cannot see), validation that shares the configuration of
 * modules with equal nodes reports exactly what configuring each module on its own reports, and leaves the document as
 * configuring each module does (HTTP's configuration rewrites a saved display name, so it must never be shared).
 */
class AllModuleTypesSharedValidationTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    static Stream<Integer> seeds() {
        return Stream.of(11, 12, 13);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void syntheticCanvasesGetTheSameProblemsAsWithoutSharing(int seed) {
        assertSameProblems(SyntheticCanvas.generate(REGISTRY, 600, seed));
    }

    @Test
    void theBenchmarkCanvasGetsTheSameProblemsAsWithoutSharing() {
        assertSameProblems(SyntheticCanvas.generate(REGISTRY, 2000, 3000, 7));
    }

    @Test
    void everyTypeTwiceWithDefaultsGetsTheSameProblemsAsWithoutSharing() {
        CanvasDocument doc = new CanvasDocument();
        int hash = 1;
        for (ModuleDefinition d : REGISTRY.all()) {
            ModuleNode node;
            try {
                node = REGISTRY.newNode(d.id(), hash++);
            } catch (RuntimeException e) {
                continue; // a type that cannot be placed without configuration
            }
            ModuleNode twin = node.copy();
            twin.hash = hash++;
            doc.modules.add(node);
            doc.modules.add(twin);
        }

        assertThat(doc.modules).hasSizeGreaterThan(300);
        assertSameProblems(doc);
    }

    private static void assertSameProblems(CanvasDocument doc) {
        SharedValidationCheck.assertSameProblems(REGISTRY, doc);
    }
}
