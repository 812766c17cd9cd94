package dev.rivulet.runtime.engine;

import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.StreamInlet;
import dev.rivulet.core.StreamSourceModule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engine thread of a realtime run: subscribes every Stream module (embedded ones too) to the run's
 * {@link RealtimeSource}, then until stopped delivers a clock tick at every whole wall-clock second and, between
 * ticks, idles in the {@link ExternalEventQueue}, which wakes it for stream records, network results, widget events
 * and parameter changes.
 */
final class RealtimeLoop {
    /** Longest wait in the queue, so that housekeeping (statistics, snapshots) runs even on an idle canvas. */
    private static final long MAX_WAIT_MILLIS = 250;
    /** Ticks missed for longer than this (a suspended machine) are skipped rather than replayed one by one. */
    private static final long MAX_CATCH_UP_MILLIS = 10_000;

    private final EmbeddedRun run;
    private final CanvasRuntime runtime;
    private final ExternalEventQueue external;
    private final List<RealtimeSource.Subscription> subscriptions = new ArrayList<>();

    RealtimeLoop(EmbeddedRun run, CanvasRuntime runtime, ExternalEventQueue external) {
        this.run = run;
        this.runtime = runtime;
        this.external = external;
    }

    void run() {
        subscribe(run.request().source(), runtime.context().listener());
        long nextTick = Math.floorDiv(System.currentTimeMillis(), 1000) * 1000 + 1000;
        while (!run.stopRequested()) {
            run.runRequests();
            long now = System.currentTimeMillis();
            if (now >= nextTick) {
                if (now - nextTick > MAX_CATCH_UP_MILLIS) {
                    runtime.context().listener().notice("the engine fell " + (now - nextTick) / 1000
                        + " s behind the clock (was the computer asleep?); the missed clock ticks were skipped");
                    nextTick = Math.floorDiv(now, 1000) * 1000;
                }
                while (nextTick <= now) {
                    runtime.tick(nextTick);
                    nextTick += 1000;
                }
            }
            run.housekeeping(external.delivered());
            long wait = Math.max(1, Math.min(MAX_WAIT_MILLIS, nextTick - System.currentTimeMillis()));
            external.awaitAndDrain(Duration.ofMillis(wait));
            run.progress(external.delivered());
        }
    }

    private void subscribe(RealtimeSource source, RunListener listener) {
        for (StreamInlet inlet : runtime.streamInlets()) {
            StreamSourceModule s = inlet.source();
            RealtimeSource.Stream stream = new RealtimeSource.Stream(s.streamId(), s.partitions(), s.fieldNames());
            RealtimeSource.Subscription sub;
            try {
                sub = source.subscribe(stream, new InletReceiver(inlet, stream));
            } catch (RuntimeException e) {
                listener.notice("could not subscribe to stream \"" + s.streamId() + "\" (module "
                    + s.module().name() + "): " + e.getMessage());
                continue;
            }
            if (sub == null) {
                listener.notice("stream \"" + s.streamId() + "\" (module " + s.module().name() + ", " + inlet.path()
                    + ") has no live source in this run; it receives nothing");
            } else {
                subscriptions.add(sub);
            }
        }
    }

    /** Ends every subscription; the queue is closed first, so late messages are refused. */
    void unsubscribe() {
        for (RealtimeSource.Subscription s : subscriptions) {
            try {
                s.close();
            } catch (RuntimeException e) {
                runtime.context().listener().notice("could not end a stream subscription: " + e.getMessage());
            }
        }
        subscriptions.clear();
    }

    /** Turns a source's messages into engine-thread deliveries through the queue. */
    private final class InletReceiver implements RealtimeSource.Receiver {
        private final StreamInlet inlet;
        private final RealtimeSource.Stream stream;

        InletReceiver(StreamInlet inlet, RealtimeSource.Stream stream) {
            this.inlet = inlet;
            this.stream = stream;
        }

        @Override
        public boolean message(long timestamp, Map<String, ?> content) {
            FieldsRecord record = FieldsRecord.of(stream.fields(), content);
            return external.postTask(() -> inlet.deliver(record), true);
        }

        @Override
        public void problem(String message) {
            String text = "stream \"" + stream.streamId() + "\": " + message;
            external.postTask(() -> runtime.context().listener().notice(text), false);
        }
    }
}
