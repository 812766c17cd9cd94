package dev.rivulet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.NativeCodec;
import java.util.List;

/**
 * Validates two copies of a canvas, configurations shared and each module configured on its own, and asserts the same
 * problems and the same documents afterwards (used by module-library's and editor-app's tests).
 */
final class SharedValidationCheck {
    private SharedValidationCheck() {
    }

    static List<Problem> assertSameProblems(ModuleRegistry registry, CanvasDocument doc) {
        CanvasDocument sharedDoc = doc.copy();
        CanvasDocument plainDoc = doc.copy();

        List<Problem> shared = new CanvasValidator(registry, true).validate(sharedDoc);
        List<Problem> plain = new CanvasValidator(registry, false).validate(plainDoc);

        assertThat(shared).containsExactlyElementsOf(plain);
        NativeCodec codec = new NativeCodec();
        assertThat(codec.write(sharedDoc)).isEqualTo(codec.write(plainDoc));
        return shared;
    }
}
