package dev.rivulet.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Historical replay: merges stream cursors in (timestamp, sequence) order, emits one clock tick per whole second
 * between events, delivers each message to its Stream module and propagates. Optionally throttled to a multiple of
 * wall-clock speed. Allocation-free per event.
 *
 * <p>Usage: {@code new ReplayLoop(runtime).source(stream, cursor).run(from, to, 0, () -> false);}
 */
public final class ReplayLoop {
    private final CanvasRuntime runtime;
    private final List<StreamSourceModule> modules = new ArrayList<>();
    private final List<RecordCursor> cursors = new ArrayList<>();
    /** Parallel to modules: null for a top-level Stream module (fed directly), else the inlet into a sub-canvas. */
    private final List<StreamInlet> inlets = new ArrayList<>();
    private volatile long events;
    /** Wall time the host held the replay (a pause): paced replays do not catch it up. Replay thread only. */
    private long heldNanos;

    public ReplayLoop(CanvasRuntime runtime) {
        this.runtime = runtime;
    }

    public ReplayLoop source(StreamSourceModule module, RecordCursor cursor) {
        modules.add(module);
        cursors.add(cursor);
        inlets.add(null);
        return this;
    }

    /** Feeds a Stream module anywhere in the canvas tree (see {@link CanvasRuntime#streamInlets()}). */
    public ReplayLoop source(StreamInlet inlet, RecordCursor cursor) {
        if (inlet.topLevel()) {
            return source(inlet.source(), cursor);
        }
        modules.add(inlet.source());
        cursors.add(cursor);
        inlets.add(inlet);
        return this;
    }

    /** Events delivered so far. */
    public long events() {
        return events;
    }

    /**
     * Runs to the end of every source (or past {@code toMillis}).
     *
     * @param fromMillis first time to deliver (earlier messages are skipped), or Long.MIN_VALUE
     * @param toMillis   last time to deliver (inclusive), or Long.MAX_VALUE; ticks continue up to it when finite
     * @param speed      0 for full speed, else simulated time runs at most speed × wall time
     * @param cancelled  polled every 1024 events
     */
    public void run(long fromMillis, long toMillis, double speed, BooleanSupplier cancelled) {
        int n = cursors.size();
        RecordCursor[] cur = cursors.toArray(new RecordCursor[0]);
        Propagator[] props = new Propagator[n];
        StreamSourceModule[] mods = modules.toArray(new StreamSourceModule[0]);
        StreamInlet[] nested = inlets.toArray(new StreamInlet[0]);
        ModuleInstance[] owners = new ModuleInstance[n];
        boolean[] live = new boolean[n];
        long[] ts = new long[n];
        long[] seq = new long[n];
        for (int i = 0; i < n; i++) {
            owners[i] = mods[i].module();
            if (nested[i] == null) {
                props[i] = runtime.propagatorFor(owners[i]);
            }
            live[i] = advance(cur[i], fromMillis, toMillis);
            if (live[i]) {
                ts[i] = cur[i].timestamp();
                seq[i] = cur[i].sequence();
            }
        }
        long start = fromMillis;
        if (start == Long.MIN_VALUE) {
            start = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (live[i]) {
                    start = Math.min(start, ts[i]);
                }
            }
        }
        if (start == Long.MAX_VALUE) {
            runtime.context().listener().done();
            return;
        }
        long nextTick = Math.floorDiv(start + 999, 1000) * 1000;
        runtime.context().advanceTo(start);
        long wallStart = System.nanoTime();
        long base = events;
        long count = 0;
        while (true) {
            if (n == 1 && nested[0] == null) {
                // one top-level source: no merge needed; a tight loop the JIT compiles well
                if (!live[0]) {
                    break;
                }
                RecordCursor c = cur[0];
                StreamSourceModule m = mods[0];
                ModuleInstance owner = owners[0];
                // the module's delivered count is brought up to date every 1024 events (when statistics are
                // sampled) rather than per event, to keep this loop as tight as it was
                long ownerBase = owner.delivered;
                Propagator p = props[0];
                boolean more = true;
                while (more) {
                    long t = c.timestamp();
                    while (t >= nextTick) {
                        runtime.tick(nextTick);
                        nextTick += 1000;
                    }
                    if (speed > 0 && !throttle(start, t, speed, wallStart, cancelled)) {
                        events = base + count;
                        owner.delivered = ownerBase + count;
                        return;
                    }
                    runtime.context().advanceTo(t);
                    m.deliver(c.record());
                    p.propagate();
                    count++;
                    if ((count & 1023) == 0) {
                        events = base + count;
                        owner.delivered = ownerBase + count;
                        if (cancelled.getAsBoolean()) {
                            return;
                        }
                    }
                    more = advance(c, fromMillis, toMillis);
                }
                owner.delivered = ownerBase + count;
                break;
            }
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (live[i] && (best < 0 || ts[i] < ts[best] || (ts[i] == ts[best] && seq[i] < seq[best]))) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            long t = ts[best];
            while (t >= nextTick) {
                runtime.tick(nextTick);
                nextTick += 1000;
            }
            if (speed > 0 && !throttle(start, t, speed, wallStart, cancelled)) {
                events = base + count;
                return;
            }
            runtime.context().advanceTo(t);
            if (nested[best] == null) {
                owners[best].delivered++;
                mods[best].deliver(cur[best].record());
                props[best].propagate();
            } else {
                nested[best].deliver(cur[best].record());
            }
            count++;
            if ((count & 1023) == 0) {
                events = base + count;
                if (cancelled.getAsBoolean()) {
                    return;
                }
            }
            live[best] = advance(cur[best], fromMillis, toMillis);
            if (live[best]) {
                ts[best] = cur[best].timestamp();
                seq[best] = cur[best].sequence();
            }
        }
        events = base + count;
        if (toMillis != Long.MAX_VALUE) {
            while (nextTick <= toMillis) {
                if (speed > 0 && !throttle(start, nextTick, speed, wallStart, cancelled)) {
                    return;
                }
                runtime.tick(nextTick);
                nextTick += 1000;
                if ((nextTick & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                    return;
                }
            }
        }
        runtime.context().listener().done();
    }

    private static boolean advance(RecordCursor c, long from, long to) {
        while (c.next()) {
            long t = c.timestamp();
            if (t > to) {
                return false;
            }
            if (t >= from) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells a paced replay that its host held it for this long (paused it, from the cancellation poll), so the pace
     * resumes where it was instead of rushing to catch up. Call from the replay thread (the poll).
     */
    public void held(long nanos) {
        heldNanos += Math.max(0, nanos);
    }

    /** Sleeps while simulated time is ahead of speed × wall time; false when cancelled meanwhile. */
    private boolean throttle(long simStart, long simNow, double speed, long wallStartNanos,
                             BooleanSupplier cancelled) {
        long wantNanos = (long) ((simNow - simStart) * 1_000_000.0 / speed);
        while (true) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            long ahead = wantNanos - (System.nanoTime() - wallStartNanos - heldNanos);
            if (ahead <= 1_000_000L) {
                return true;
            }
            try {
                // short naps, so that a stop request is honoured quickly even across long gaps in the data
                Thread.sleep(Math.min(ahead / 1_000_000L, 50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
