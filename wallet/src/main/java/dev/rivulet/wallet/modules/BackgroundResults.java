package dev.rivulet.wallet.modules;

import dev.rivulet.core.AsyncEvents;
import dev.rivulet.core.ModuleInstance;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Slow chain work of one module (waiting for a receipt) done on one worker thread, so results come back in the order
 * they were started; each result returns to the engine thread as an event of its own through {@link AsyncEvents}
 * and runs (sends outputs) in the module's next activation: {@code Runnable r = results.poll(); if (r != null) ...}.
 */
final class BackgroundResults implements AutoCloseable {
    private final Queue<Runnable> arrived = new ConcurrentLinkedQueue<>();
    private final String threadName;
    private AsyncEvents events;
    private ExecutorService worker;

    BackgroundResults(String threadName) {
        this.threadName = threadName;
    }

    void attach(AsyncEvents engineEvents) {
        this.events = engineEvents;
    }

    /** Whether an engine host delivers results from other threads. */
    boolean available() {
        return events != null;
    }

    /** Runs {@code work} on the worker; the Runnable it returns (which sends outputs) is run by the next activation. */
    void submit(ModuleInstance owner, Supplier<Runnable> work) {
        AsyncEvents engine = events;
        worker().execute(() -> {
            Runnable result = work.get();
            engine.post(owner, () -> arrived.add(result));
        });
    }

    /** A result waiting to be sent, or null (engine thread). */
    Runnable poll() {
        return arrived.poll();
    }

    /** Results not yet sent are dropped (Reset); work already started still finishes. */
    void clear() {
        arrived.clear();
    }

    private ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            });
        }
        return worker;
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }
}
