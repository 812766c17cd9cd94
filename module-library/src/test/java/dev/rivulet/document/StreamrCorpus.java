package dev.rivulet.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Streamr canvases kept in {@code <repo>/../shared/reference/streamr-canvases}, found by walking up from the
 * working directory (tests run from module-library, but also from the repository root or a worktree).
 */
public final class StreamrCorpus {
    private static final Path RELATIVE = Path.of("shared", "reference", "streamr-canvases");

    private StreamrCorpus() {
    }

    public static Path directory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path d = start; d != null; d = d.getParent()) {
            Path candidate = d.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Streamr corpus not found: no " + RELATIVE + " folder in " + start
            + " or any parent directory (expected <repo>/../shared/reference/streamr-canvases)");
    }

    /** Every *.json canvas, sorted by name. */
    public static List<Path> canvases() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("no *.json canvases in " + directory());
            }
            return list;
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + directory() + ": " + e.getMessage(), e);
        }
    }
}
