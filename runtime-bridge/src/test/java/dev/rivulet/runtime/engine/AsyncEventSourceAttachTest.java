package dev.rivulet.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.AsyncEventSource;
import dev.rivulet.core.AsyncEvents;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.Output;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * Modules outside runtime-bridge (the wallet's GetEvents) take events from other threads through module-library's
 * AsyncEventSource; the external event queue attaches and delivers them like its own sources.
 */
class AsyncEventSourceAttachTest {
    /** Whatever a worker thread posts comes out of "out", one value per event. */
    public static final class LibrarySource extends ModuleInstance implements AsyncEventSource {
        private final Output out = anyOutput("out").help("what arrived");
        private final Queue<Object> arrived = new ConcurrentLinkedQueue<>();
        AsyncEvents events;

        @Override
        public void attach(AsyncEvents engineEvents) {
            events = engineEvents;
        }

        @Override
        public void sendOutput() {
            Object v = arrived.poll();
            if (v != null) {
                out.send(v);
            }
        }
    }

    @Test
    void theQueueAttachesModuleLibrarySourcesAndDeliversWhatTheyPostFromOtherThreads() throws Exception {
        List<ModuleDefinition> defs = new ArrayList<>(ModuleRegistry.load().all());
        defs.add(ModuleDefinition.of("library-source", "Library source", "Test", LibrarySource::new));
        ModuleRegistry registry = new ModuleRegistry(defs);
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode src = b.add("library-source");
        ModuleNode table = b.add("table");
        b.connect(src, "out", table, "in1");
        List<Object> rows = new ArrayList<>();
        RunContext ctx = new RunContext(RunMode.REALTIME, (m, msg) -> {
            if (msg instanceof UiMessage.TableRow r) {
                rows.add(r.values().get(0));
            }
        }, null);
        CanvasRuntime runtime = CanvasRuntime.build(b.build(), registry, ctx);
        try (ExternalEventQueue queue = new ExternalEventQueue(runtime).attachAll()) {
            LibrarySource source = (LibrarySource) runtime.module(src.hash);
            assertThat(source.events).isSameAs(queue);

            Thread worker = new Thread(() -> {
                for (String v : List.of("a", "b")) {
                    source.events.post(source, () -> source.arrived.add(v));
                }
            });
            worker.start();
            worker.join();
            queue.awaitAndDrain(Duration.ofSeconds(5));

            assertThat(rows).containsExactly("a", "b");
        }
    }
}
