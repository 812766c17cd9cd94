package dev.rivulet.runtime.engine;

import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.CanvasDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to run and how.
 *
 * <p>Usage: {@code RunRequest.historical(doc).replay("s", file).build()} or
 * {@code RunRequest.realtime(doc).source(hub).resumeFrom(saved).snapshots(sink, Duration.ofMinutes(1)).build()}
 *
 * @param from             first event time (epoch millis) or Long.MIN_VALUE for "from the start of the data"
 *                         (historical)
 * @param to               last event time or Long.MAX_VALUE (historical)
 * @param speed            0 = as fast as possible, else simulated time runs at most speed × wall time (historical)
 * @param replays          stream id → CSV file, for historical runs
 * @param source           live stream data for realtime runs
 * @param resumeFrom       a state snapshot to start from, or null for a fresh state
 * @param reset            "reset and start": clear every module's state and ignore {@code resumeFrom}
 * @param snapshots        where state snapshots go (periodically and at stop), or null
 * @param snapshotInterval time between periodic snapshots; null or zero for the one at stop only
 * @param statsInterval    time between samples of per-module statistics ({@link RunHandle#stats()})
 */
public record RunRequest(CanvasDocument canvas, RunMode mode, long from, long to, double speed,
                         Map<String, Path> replays, UiSink ui, RunListener listener, RealtimeSource source,
                         byte[] resumeFrom, boolean reset, SnapshotSink snapshots, Duration snapshotInterval,
                         Duration statsInterval) {
    public static final Duration DEFAULT_STATS_INTERVAL = Duration.ofMillis(500);

    public RunRequest {
        replays = Map.copyOf(replays);
        ui = ui == null ? UiSink.NONE : ui;
        listener = listener == null ? RunListener.NONE : listener;
        source = source == null ? RealtimeSource.NONE : source;
        resumeFrom = resumeFrom == null ? null : resumeFrom.clone();
        statsInterval = statsInterval == null || statsInterval.isZero() || statsInterval.isNegative()
            ? DEFAULT_STATS_INTERVAL : statsInterval;
        if (snapshotInterval != null && (snapshotInterval.isZero() || snapshotInterval.isNegative())) {
            snapshotInterval = null;
        }
    }

    /** The snapshot to resume from, or null (a copy). */
    @Override
    public byte[] resumeFrom() {
        return resumeFrom == null ? null : resumeFrom.clone();
    }

    /** A replay of recorded data on a simulated clock. */
    public static Builder historical(CanvasDocument canvas) {
        return new Builder(canvas, RunMode.HISTORICAL);
    }

    /** A live run: wall-clock ticks, live stream data, events from the network and from widgets, until stopped. */
    public static Builder realtime(CanvasDocument canvas) {
        return new Builder(canvas, RunMode.REALTIME);
    }

    /** Fluent construction of a request. */
    public static final class Builder {
        private final CanvasDocument canvas;
        private final RunMode mode;
        private long from = Long.MIN_VALUE;
        private long to = Long.MAX_VALUE;
        private double speed;
        private final Map<String, Path> replays = new LinkedHashMap<>();
        private UiSink ui;
        private RunListener listener;
        private RealtimeSource source;
        private byte[] resumeFrom;
        private boolean reset;
        private SnapshotSink snapshots;
        private Duration snapshotInterval;
        private Duration statsInterval;

        private Builder(CanvasDocument canvas, RunMode mode) {
            this.canvas = canvas;
            this.mode = mode;
        }

        public Builder from(long millis) {
            from = millis;
            return this;
        }

        public Builder to(long millis) {
            to = millis;
            return this;
        }

        public Builder speed(double s) {
            speed = s;
            return this;
        }

        public Builder replay(String streamId, Path csv) {
            replays.put(streamId, csv);
            return this;
        }

        public Builder ui(UiSink sink) {
            ui = sink;
            return this;
        }

        public Builder listener(RunListener l) {
            listener = l;
            return this;
        }

        public Builder source(RealtimeSource s) {
            source = s;
            return this;
        }

        /** Starts from a snapshot taken by an earlier run of the same canvas (see {@link SnapshotSink}). */
        public Builder resumeFrom(byte[] snapshot) {
            resumeFrom = snapshot;
            return this;
        }

        /** "Reset and start": every module starts from a cleared state, whatever {@link #resumeFrom} says. */
        public Builder reset(boolean on) {
            reset = on;
            return this;
        }

        /** Snapshots go to the sink every {@code interval} (null: only when the run stops) and when it stops. */
        public Builder snapshots(SnapshotSink sink, Duration interval) {
            snapshots = sink;
            snapshotInterval = interval;
            return this;
        }

        public Builder statsInterval(Duration interval) {
            statsInterval = interval;
            return this;
        }

        public RunRequest build() {
            return new RunRequest(canvas, mode, from, to, speed, replays, ui, listener, source, resumeFrom, reset,
                snapshots, snapshotInterval, statsInterval);
        }
    }
}
