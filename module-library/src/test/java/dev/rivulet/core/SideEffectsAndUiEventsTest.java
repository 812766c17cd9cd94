package dev.rivulet.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SideEffectsAndUiEventsTest {
    /** A side-effect module that records what it would have done. */
    static final class Effect extends ModuleInstance {
        static final List<Object> DONE = new ArrayList<>();
        private final Input in = anyInput("in");

        Effect() {
            hasSideEffects();
        }

        @Override
        public void sendOutput() {
            if (mayActOnTheWorld()) {
                DONE.add(in.getValue());
            }
        }
    }

    /** A button-like module. */
    static final class Press extends ModuleInstance implements UiEventTarget {
        private final Output out = doubleOutput("out");

        @Override
        public void onUiEvent(Map<String, Object> event) {
            out.send(((Number) event.getOrDefault("value", 1)).doubleValue());
        }

        @Override
        public void sendOutput() {
        }
    }

    private final ModuleRegistry registry = new ModuleRegistry(List.of(
        ModuleDefinition.of("effect", "Effect", "Test", Effect::new),
        ModuleDefinition.of("press", "Press", "Test", Press::new),
        ModuleDefinition.of("count", "Count", "Test", dev.rivulet.modules.math.Count::new)));

    private CanvasRuntime run(CanvasDocument doc, RunMode mode, List<String> notices) {
        return CanvasRuntime.build(doc, registry, new RunContext(mode, null, new RunListener() {
            @Override
            public void notice(String message) {
                notices.add(message);
            }
        }));
    }

    @Test
    void sideEffectsAreSuppressedInHistoricalModeWithOneNotice() {
        Effect.DONE.clear();
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode press = b.add("press");
        ModuleNode effect = b.add("effect");
        b.connect(press, "out", effect, "in");
        CanvasDocument doc = b.build();
        List<String> notices = new ArrayList<>();
        CanvasRuntime historical = run(doc, RunMode.HISTORICAL, notices);
        historical.uiEvent(press.hash, Map.of("value", 1));
        historical.uiEvent(press.hash, Map.of("value", 2));
        assertThat(Effect.DONE).isEmpty();
        assertThat(notices).singleElement().asString().contains("suppressed");

        b.option(effect, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        CanvasRuntime allowed = run(doc, RunMode.HISTORICAL, new ArrayList<>());
        allowed.uiEvent(press.hash, Map.of("value", 3));
        CanvasRuntime live = run(doc, RunMode.REALTIME, new ArrayList<>());
        b.option(effect, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, false);
        live.uiEvent(press.hash, Map.of("value", 4));
        assertThat(Effect.DONE).containsExactly(3.0, 4.0);
    }

    @Test
    void uiEventPropagatesThroughTheCanvas() {
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode press = b.add("press");
        ModuleNode count = b.add("count");
        b.connect(press, "out", count, "in");
        CanvasRuntime rt = run(b.build(), RunMode.REALTIME, new ArrayList<>());
        rt.uiEvent(press.hash, Map.of());
        rt.uiEvent(press.hash, Map.of());
        assertThat(((dev.rivulet.modules.math.Count) rt.module(count.hash)).count()).isEqualTo(2);
    }
}
