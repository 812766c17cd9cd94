package dev.rivulet.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edit model, the geometry and the rasterizer are plain Java, unit-tested without a toolkit; only the view and
 * the skins know JavaFX. Reads the sources, since the module DAG test in editor-app checks modules, not packages.
 */
class PackagesWithoutJavaFxTest {

    @ParameterizedTest
    @ValueSource(strings = {"edit", "geometry", "raster"})
    void packageImportsNoJavaFx(String pkg) throws IOException {
        Path dir = Path.of("src", "main", "java", "dev", "rivulet", "canvas", pkg);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).isNotEmpty();
            for (Path p : sources) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContain("import javafx.");
            }
        }
    }
}
