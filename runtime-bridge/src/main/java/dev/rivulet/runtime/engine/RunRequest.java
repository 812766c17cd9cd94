package dev.rivulet.runtime.engine;

import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.CanvasDocument;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to run and how.
 *
 * @param from    first event time (epoch millis) or Long.MIN_VALUE for "from the start of the data"
 * @param to      last event time or Long.MAX_VALUE
 * @param speed   0 = as fast as possible, else simulated time runs at most speed × wall time
 * @param replays stream id → CSV file, for historical runs
 */
public record RunRequest(CanvasDocument canvas, RunMode mode, long from, long to, double speed,
                         Map<String, Path> replays, UiSink ui, RunListener listener) {
    public RunRequest {
        replays = Map.copyOf(replays);
        ui = ui == null ? UiSink.NONE : ui;
        listener = listener == null ? RunListener.NONE : listener;
    }

    public static Builder historical(CanvasDocument canvas) {
        return new Builder(canvas, RunMode.HISTORICAL);
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

        public RunRequest build() {
            return new RunRequest(canvas, mode, from, to, speed, replays, ui, listener);
        }
    }
}
