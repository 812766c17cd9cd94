package dev.rivulet.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanvasSelectionTest {

    @Test
    void reportsOnlyTheHashesThatFlipped() {
        CanvasSelection selection = new CanvasSelection();
        List<Set<Integer>> heard = new ArrayList<>();
        selection.addListener(heard::add);

        selection.set(List.of(1, 2));
        selection.set(List.of(2, 3));
        selection.toggle(2);
        selection.add(List.of(3, 4));
        selection.clear();

        assertThat(heard).containsExactly(Set.of(1, 2), Set.of(1, 3), Set.of(2), Set.of(4), Set.of(3, 4));
        assertThat(selection.isEmpty()).isTrue();
    }
}
