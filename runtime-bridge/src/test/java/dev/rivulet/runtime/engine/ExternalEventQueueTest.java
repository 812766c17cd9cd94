package dev.rivulet.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.Output;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExternalEventQueueTest {
    /** A source fed from other threads: whatever is posted comes out of "out", one value per event. */
    public static final class ExternalSource extends ModuleInstance implements ExternalEventSource {
        private final Output out = anyOutput("out").help("what arrived");
        private final Queue<Object> arrived = new ArrayDeque<>();
        ExternalEvents events;

        @Override
        public void attach(ExternalEvents external) {
            events = external;
        }

        void postFromAnyThread(Object value) {
            events.post(this, () -> arrived.add(value));
        }

        @Override
        public void sendOutput() {
            Object v = arrived.poll();
            if (v == null) {
                return;
            }
            if (v instanceof RuntimeException e) {
                throw e;
            }
            out.send(v);
        }
    }

    private final List<String> notices = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<UiMessage.TableRow> rows = new ArrayList<>();
    private final AtomicLong wallClock = new AtomicLong(5_000);
    private ExternalSource source;

    private CanvasRuntime runtime(RunMode mode) {
        List<ModuleDefinition> defs = new ArrayList<>(ModuleRegistry.load().all());
        defs.add(ModuleDefinition.of("external-source", "External source", "Test", ExternalSource::new));
        ModuleRegistry registry = new ModuleRegistry(defs);
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode src = b.add("external-source");
        ModuleNode table = b.add("table");
        b.connect(src, "out", table, "in1");
        RunContext ctx = new RunContext(mode, (m, msg) -> {
            if (msg instanceof UiMessage.TableRow r) {
                rows.add(r);
            }
        }, new RunListener() {
            @Override
            public void moduleFailed(ModuleInstance module, String message) {
                failures.add(message);
            }

            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        CanvasRuntime rt = CanvasRuntime.build(b.build(), registry, ctx);
        source = (ExternalSource) rt.modules().get(0);
        return rt;
    }

    @Test
    void postedEventsReachTheCanvasInOrderOnTheDrainingThreadAtTheirArrivalTime() throws Exception {
        CanvasRuntime rt = runtime(RunMode.REALTIME);
        ExternalEventQueue queue = new ExternalEventQueue(rt, 100, wallClock::get).attachAll();
        assertThat(source.events).isSameAs(queue);
        Thread other = new Thread(() -> {
            source.postFromAnyThread("a");
            wallClock.set(7_000);
            source.postFromAnyThread("b");
        });
        other.start();
        other.join();
        assertThat(rows).isEmpty();
        assertThat(queue.pending()).isEqualTo(2);
        assertThat(queue.drain()).isEqualTo(2);
        assertThat(rows).extracting(UiMessage.TableRow::values).containsExactly(List.of("a"), List.of("b"));
        assertThat(rows).extracting(UiMessage.TableRow::time).containsExactly(5_000L, 7_000L);
    }

    @Test
    void historicalRunsKeepTheirSimulatedClock() {
        CanvasRuntime rt = runtime(RunMode.HISTORICAL);
        rt.context().advanceTo(1_000);
        ExternalEventQueue queue = new ExternalEventQueue(rt, 100, wallClock::get).attachAll();
        source.postFromAnyThread("x");
        queue.drain();
        assertThat(rows).extracting(UiMessage.TableRow::time).containsExactly(1_000L);
    }

    @Test
    void aFullQueueDropsEventsAndSaysSoAndAClosedOneTakesNothing() {
        CanvasRuntime rt = runtime(RunMode.REALTIME);
        ExternalEventQueue queue = new ExternalEventQueue(rt, 2, wallClock::get).attachAll();
        for (int i = 0; i < 5; i++) {
            source.postFromAnyThread((double) i);
        }
        assertThat(queue.dropped()).isEqualTo(3);
        assertThat(queue.awaitAndDrain(Duration.ofMillis(10))).isEqualTo(2);
        assertThat(rows).extracting(UiMessage.TableRow::values).containsExactly(List.of(0.0), List.of(1.0));
        assertThat(notices).singleElement().asString().startsWith("3 events from outside the canvas");
        queue.close();
        assertThat(queue.post(source, () -> { })).isFalse();
        assertThat(queue.awaitAndDrain(Duration.ofMillis(10))).isZero();
    }

    @Test
    void aModuleFailingOnAnExternalEventIsMarkedFailedAndTheRunGoesOn() {
        CanvasRuntime rt = runtime(RunMode.REALTIME);
        ExternalEventQueue queue = new ExternalEventQueue(rt, 100, wallClock::get).attachAll();
        source.postFromAnyThread(new IllegalStateException("bad payload"));
        source.postFromAnyThread("fine");
        queue.drain();
        assertThat(failures).containsExactly("bad payload");
        assertThat(source.status()).isEqualTo(dev.rivulet.core.ModuleStatus.FAILED);
        assertThat(rows).extracting(UiMessage.TableRow::values).containsExactly(List.of("fine"));
    }
}
