package dev.rivulet.runtime.engine;

import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.RunListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Controls sent to a run from other threads (parameter changes, widget events, reset, snapshot requests), queued and
 * carried out on the engine thread between events. When the run has an {@link ExternalEventQueue} (realtime), each
 * control also posts a no-op task there, which wakes the idle engine thread at once; a control sent before the queue
 * exists waits in this queue and runs at the loop's first turn.
 */
final class RunControls {
    private static final Runnable WAKE = () -> { };

    private final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<CompletableFuture<byte[]>> snapshots = new ConcurrentLinkedQueue<>();
    private final Supplier<ExternalEventQueue> wakeUp;
    /** Set before pending snapshot requests are failed at the end, so that later requests fail at once. */
    private volatile boolean ended;

    RunControls(Supplier<ExternalEventQueue> wakeUp) {
        this.wakeUp = wakeUp;
    }

    /** Queues a control; any thread. */
    void submit(Runnable control) {
        queued.add(control);
        wake();
    }

    /** Wakes an idle realtime engine thread (a stop request, a control). */
    void wake() {
        ExternalEventQueue q = wakeUp.get();
        if (q != null) {
            q.postTask(WAKE, false);
        }
    }

    /** Queues a snapshot of the runtime; the future fails if the run ends first. Any thread. */
    CompletableFuture<byte[]> snapshot(Supplier<CanvasRuntime> runtime) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        snapshots.add(f);
        if (ended && snapshots.remove(f)) {
            f.completeExceptionally(new IllegalStateException("the run has ended"));
            return f;
        }
        submit(() -> {
            if (snapshots.remove(f)) {
                try {
                    f.complete(runtime.get().snapshot());
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            }
        });
        return f;
    }

    /** Runs queued controls; engine thread only. A control that fails gives a notice; the run goes on. */
    void runAll(RunListener listener) {
        Runnable r;
        while ((r = queued.poll()) != null) {
            try {
                r.run();
            } catch (RuntimeException e) {
                listener.notice(e.getMessage() != null ? e.getMessage() : e.toString());
            }
        }
    }

    /** The run is over: snapshot requests still waiting (and any made later) fail. */
    void end() {
        ended = true;
        CompletableFuture<byte[]> f;
        while ((f = snapshots.poll()) != null) {
            f.completeExceptionally(new IllegalStateException("the run ended before the snapshot was taken"));
        }
    }
}
