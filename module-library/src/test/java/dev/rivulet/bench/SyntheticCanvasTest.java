package dev.rivulet.bench;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.document.StreamrCodec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.core.validation.Problem;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCanvasTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @Test
    void hasTheRequestedSizeAndAMixOfTypes() {
        CanvasDocument doc = SyntheticCanvas.generate(REGISTRY, 400, 600, 7);

        assertThat(doc.modules).hasSize(400);
        assertThat(doc.connections).hasSize(600);
        assertThat(doc.ui.modules).hasSize(400);
        Set<String> types = doc.modules.stream().map(m -> m.type).collect(Collectors.toSet());
        assertThat(types).contains("stream").hasSizeGreaterThan(Math.min(10, REGISTRY.all().size() / 2));
    }

    @Test
    void defaultsToOneAndAHalfWiresPerModule() {
        assertThat(SyntheticCanvas.generate(REGISTRY, 100, 1).connections).hasSize(150);
    }

    @Test
    void validatesWithoutErrorsOrCycles() {
        CanvasDocument doc = SyntheticCanvas.generate(REGISTRY, 2000, 3000, 42);

        assertThat(new CanvasValidator(REGISTRY).validate(doc))
            .noneMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    @Test
    void sameSeedGivesTheSameCanvas() {
        NativeCodec codec = new NativeCodec();

        assertThat(codec.write(SyntheticCanvas.generate(REGISTRY, 300, 450, 3)))
            .isEqualTo(codec.write(SyntheticCanvas.generate(REGISTRY, 300, 450, 3)))
            .isNotEqualTo(codec.write(SyntheticCanvas.generate(REGISTRY, 300, 450, 4)));
    }

    @Test
    void survivesNativeAndStreamrRoundTrips() throws Exception {
        CanvasDocument doc = SyntheticCanvas.generate(REGISTRY, 200, 300, 11);
        org.junit.jupiter.api.Assumptions.assumeTrue(doc.modules.stream()
            .allMatch(m -> REGISTRY.streamrIdForType(m.type).isPresent()), "every generated type exists in Streamr");
        NativeCodec codec = new NativeCodec();
        StreamrCodec streamr = new StreamrCodec(REGISTRY);
        java.util.List<String> problems = new java.util.ArrayList<>();

        CanvasDocument back = streamr.fromTree(streamr.toTree(doc, problems), "synthetic", problems);

        assertThat(problems).isEmpty();
        assertThat(codec.write(codec.read(codec.write(doc), "synthetic"))).isEqualTo(codec.write(doc));
        assertThat(back.connections).hasSize(300);
        assertThat(back.modules).extracting(m -> m.type).isEqualTo(doc.modules.stream().map(m -> m.type).toList());
    }
}
