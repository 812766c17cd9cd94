package dev.rivulet.app.run;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.InProcessRealtimeSource;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.engine.SnapshotSink;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.store.RunStateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process {@link RunStateKillTest} kills with {@code kill -9}: runs {@link #canvas()} live with "save state" as
 * the editor does (snapshots through {@link RunStateStore#sink}, here every 100 ms), feeds it 50 messages, prints
 * "COUNTED 50" once its table shows them, then "SAVED" after each snapshot saved, until killed.
 * Argument: DATA_DIR.
 */
public final class RunStateVictim {
    static final String CANVAS_ID = "kill-me";

    private RunStateVictim() {
    }

    /** A stream counted into a table: the count is module state that only a snapshot keeps. */
    static CanvasDocument canvas() {
        CanvasBuilder b = new CanvasBuilder(ModuleRegistry.load());
        ModuleNode s = b.stream("ticks", "v:Double");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "v", count, "in").connect(count, "count", table, "in1");
        CanvasDocument doc = b.build();
        doc.id = CANVAS_ID;
        doc.settings.serializationEnabled = true;
        return doc;
    }

    public static void main(String[] args) throws Exception {
        RunStateStore store = new RunStateStore(Databases.open(DataDirectory.open(Optional.of(Path.of(args[0]))))
            .workspace(), Clock.systemUTC());
        ExecutorService io = Executors.newSingleThreadExecutor();
        InProcessRealtimeSource live = new InProcessRealtimeSource();
        AtomicLong rows = new AtomicLong();
        AtomicLong saved = new AtomicLong();
        SnapshotSink toStore = store.sink(CANVAS_ID, io);
        SnapshotSink sink = (time, state, atStop) -> {
            toStore.snapshot(time, state, atStop);
            io.execute(saved::incrementAndGet);
        };
        EmbeddedEngine engine = new EmbeddedEngine(ModuleRegistry.load());
        engine.start(RunRequest.realtime(canvas()).source(live).ui((module, message) -> {
            if (message instanceof UiMessage.TableRow) {
                rows.incrementAndGet();
            }
        }).snapshots(sink, Duration.ofMillis(100)).build());
        while (live.subscribers("ticks") == 0) {
            Thread.sleep(5);
        }
        for (int i = 0; i < 50; i++) {
            live.publish("ticks", System.currentTimeMillis(), Map.of("v", 1.0));
        }
        while (rows.get() < 50) {
            Thread.sleep(5);
        }
        System.out.println("COUNTED 50");
        long printed = saved.get();
        while (true) {
            if (saved.get() > printed) {
                printed = saved.get();
                System.out.println("SAVED");
                System.out.flush();
            }
            Thread.sleep(5);
        }
    }
}
