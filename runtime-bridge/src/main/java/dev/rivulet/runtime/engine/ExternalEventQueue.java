package dev.rivulet.runtime.engine;

import dev.rivulet.core.AsyncEventSource;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.RunMode;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The engine side of {@link ExternalEvents}: a bounded queue that other threads post to and the engine thread drains
 * between events. Streamr's realtime engine did the same with one FIFO event queue of 10,000 events; here the queue
 * carries what comes from outside the canvas: module events (MQTT, WebSocket, HTTP results) and, in realtime runs of
 * the embedded engine, live stream records and the wake-ups for controls ({@link #postTask}); clock ticks and replayed
 * data keep their own loop.
 *
 * <p>A host builds the runtime, calls {@link #attachAll()} once, then calls {@link #drain()} (or
 * {@link #awaitAndDrain(Duration)} when idle) on the engine thread, and {@link #close()} when the run ends:
 * <pre>{@code
 * ExternalEventQueue external = new ExternalEventQueue(runtime).attachAll();
 * while (running) { external.awaitAndDrain(Duration.ofMillis(100)); }
 * external.close(); runtime.stop();
 * }</pre>
 */
public final class ExternalEventQueue implements ExternalEvents, AutoCloseable {
    /** As Streamr's realtime event queue. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final CanvasRuntime runtime;
    private final BlockingQueue<Event> queue;
    private final LongSupplier wallClock;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;
    private long droppedReported;
    /** Counted events delivered so far; engine thread only. */
    private long delivered;

    public ExternalEventQueue(CanvasRuntime runtime) {
        this(runtime, DEFAULT_CAPACITY, System::currentTimeMillis);
    }

    /**
     * @param wallClock arrival times of events; in realtime runs the engine clock advances to an event's arrival time
     *                  when it is delivered (as Streamr stamped asynchronous results with the wall-clock time)
     */
    public ExternalEventQueue(CanvasRuntime runtime, int capacity, LongSupplier wallClock) {
        this.runtime = runtime;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.wallClock = wallClock;
    }

    /**
     * Attaches every module of the canvas that takes external events ({@link ExternalEventSource} or
     * module-library's {@link AsyncEventSource}). Call once, on the engine thread, before the
     * first event. A module whose attach throws is reported and left unattached; the run goes on.
     */
    public ExternalEventQueue attachAll() {
        for (ModuleInstance m : runtime.modules()) {
            if (m instanceof ExternalEventSource || m instanceof AsyncEventSource) {
                try {
                    if (m instanceof ExternalEventSource source) {
                        source.attach(this);
                    } else {
                        ((AsyncEventSource) m).attach(this);
                    }
                } catch (RuntimeException e) {
                    runtime.context().listener().moduleFailed(m, "could not start: " + e.getMessage());
                }
            }
        }
        return this;
    }

    @Override
    public boolean post(ModuleInstance module, Runnable stage) {
        return offer(new Event(module, stage, wallClock.getAsLong(), true));
    }

    /**
     * Queues work for the engine thread that is not one module's event: a stream record for a Stream module (the
     * task delivers and propagates it itself), a widget event or a parameter change. {@code counted} says whether it
     * counts as an event of the run ({@link #delivered()}). A task that throws is reported as a notice; the run goes
     * on. Safe from any thread; false when dropped (queue closed or full).
     */
    public boolean postTask(Runnable task, boolean counted) {
        return offer(new Event(null, task, wallClock.getAsLong(), counted));
    }

    private boolean offer(Event e) {
        if (closed) {
            return false;
        }
        if (!queue.offer(e)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Delivers every queued event, in arrival order; engine thread only. Returns how many were delivered. */
    public int drain() {
        int n = 0;
        Event e;
        while ((e = queue.poll()) != null) {
            deliver(e);
            n++;
        }
        reportDrops();
        return n;
    }

    /**
     * Waits up to {@code timeout} for an event, then delivers it and everything else queued; engine thread only.
     * Returns how many were delivered (0 when the wait ended empty or was interrupted).
     */
    public int awaitAndDrain(Duration timeout) {
        Event first;
        try {
            first = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return 0;
        }
        if (first == null) {
            reportDrops();
            return 0;
        }
        deliver(first);
        return 1 + drain();
    }

    private void deliver(Event e) {
        if (runtime.context().mode() == RunMode.REALTIME) {
            runtime.context().advanceTo(e.arrivedAt);
        }
        if (e.counted) {
            delivered++;
        }
        if (e.module == null) {
            try {
                e.stage.run();
            } catch (RuntimeException ex) {
                runtime.context().listener().notice(ex.getMessage() != null ? ex.getMessage() : ex.toString());
            }
            return;
        }
        try {
            e.stage.run();
        } catch (RuntimeException ex) {
            // staging only stores a result; a failure here is a bug in the module, reported without stopping the run
            runtime.context().listener().moduleFailed(e.module, "could not take an outside event: " + ex);
            return;
        }
        runtime.activateNow(e.module);
    }

    private void reportDrops() {
        long d = dropped.get();
        if (d > droppedReported) {
            runtime.context().listener().notice((d - droppedReported) + " events from outside the canvas (network"
                + " messages or responses) were dropped because the canvas could not keep up");
            droppedReported = d;
        }
    }

    /** Events delivered so far (module events and counted tasks); engine thread only. */
    public long delivered() {
        return delivered;
    }

    /** Events waiting to be delivered. */
    public int pending() {
        return queue.size();
    }

    /** Events refused so far because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Refuses further events and forgets queued ones (the run has ended). */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }

    /** module null: a task that runs by itself (no activation afterwards). */
    private record Event(ModuleInstance module, Runnable stage, long arrivedAt, boolean counted) {
    }
}
