package dev.rivulet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.DirectoryCanvasResolver;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.StreamrCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates every real Streamr canvas. They were saved by a working Streamr, so their wiring is sound: the only
 * problems allowed are modules we have not implemented yet (error stubs) and, as warnings, saved ports that an older
 * Streamr version of a module had (LiveSpec-SendToStream's 2016 Count still had window parameters). Connections,
 * types, cycles and values must all check out.
 */
class CorpusValidationTest {
    /** Sub-canvases (SubCanvasSpec-top embeds SubCanvasSpec-sub by id) are found among the corpus files. */
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load().withCanvasResolver(
        new DirectoryCanvasResolver(StreamrCorpus.directory(), ModuleRegistry.load()));

    static List<Path> canvases() {
        return StreamrCorpus.canvases();
    }

    @ParameterizedTest
    @MethodSource("canvases")
    void onlyUnimplementedModulesAndOlderModuleVersionsAreReported(Path file) throws Exception {
        CanvasDocument doc = new CanvasFiles(REGISTRY).load(file);

        List<Problem> problems = new CanvasValidator(REGISTRY).validate(doc);

        System.out.println(file.getFileName() + ": " + (problems.isEmpty() ? "no problems" : ""));
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(problems).allSatisfy(p -> assertThat(p.kind() == Problem.Kind.UNKNOWN_TYPE
            || p.kind() == Problem.Kind.UNKNOWN_PORT && p.severity() == Problem.Severity.WARNING)
            .as(p.toString()).isTrue());
    }
}
