package dev.rivulet.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Times the toolkit's real pulses from JavaFX's own flight-recorder events ({@code javafx.PulsePhase}): for each
 * pulse, the phases on the FX thread (animations, where the widgets get their batch; CSS; layout; bounds; copying
 * the scene to the render graph) and on the render thread (painting the dirty regions, presenting). JavaFX emits
 * these events only when the flight recorder is up before the toolkit starts, so {@link #start()} must run first.
 *
 * <p>Usage: {@code PulseRecorder r = PulseRecorder.start(); ...start JavaFX, run...; between(r.stop(), from, to)}
 */
final class PulseRecorder {
    static final String EVENT = "javafx.PulsePhase";
    /** The FX thread's wait for the render thread to finish the previous frame: not work of this pulse. */
    static final String WAITING = "Waiting for previous rendering";

    private final Recording recording;

    private PulseRecorder(Recording recording) {
        this.recording = recording;
    }

    static PulseRecorder start() {
        FlightRecorder.getFlightRecorder();
        Recording r = new Recording();
        r.setName("rivulet-bench-pulses");
        r.enable(EVENT).withThreshold(Duration.ZERO).withoutStackTrace();
        r.start();
        return new PulseRecorder(r);
    }

    /**
     * One pulse: milliseconds of work on the FX thread (without the wait for the previous frame), of the wait, and of
     * the render thread's work for this pulse's frame (0 when nothing was dirty), with the time of each phase by name.
     */
    record Pulse(int id, Instant start, double fxMs, double waitMs, double renderMs, Map<String, Double> phases) {
        double workMs() {
            return fxMs + renderMs;
        }
    }

    /** Stops recording and returns every pulse recorded, in order. */
    List<Pulse> stop() throws IOException {
        recording.stop();
        Path file = Files.createTempFile("rivulet-pulses", ".jfr");
        try {
            recording.dump(file);
            recording.close();
            return pulses(RecordingFile.readAllEvents(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The pulses that began in [from, to). */
    static List<Pulse> between(List<Pulse> pulses, Instant from, Instant to) {
        return pulses.stream().filter(p -> !p.start().isBefore(from) && p.start().isBefore(to)).toList();
    }

    private static List<Pulse> pulses(List<RecordedEvent> events) {
        Map<Integer, Long> fxThread = new TreeMap<>();
        Map<Integer, Instant> begun = new TreeMap<>();
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals(EVENT) && "Pulse start".equals(e.getString("phaseName"))) {
                fxThread.put(e.getInt("pulseId"), e.getThread().getJavaThreadId());
                begun.put(e.getInt("pulseId"), e.getStartTime());
            }
        }
        Map<Integer, double[]> times = new TreeMap<>();
        Map<Integer, Map<String, Double>> phases = new TreeMap<>();
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals(EVENT)) {
                continue;
            }
            int id = e.getInt("pulseId");
            if (!begun.containsKey(id)) {
                continue;
            }
            String phase = e.getString("phaseName");
            double ms = e.getDuration().toNanos() / 1e6;
            double[] t = times.computeIfAbsent(id, k -> new double[3]);
            boolean fx = e.getThread() != null && e.getThread().getJavaThreadId() == fxThread.get(id);
            t[WAITING.equals(phase) ? 1 : fx ? 0 : 2] += ms;
            phases.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge((fx ? "" : "render: ") + phase, ms,
                Double::sum);
        }
        List<Pulse> list = new ArrayList<>();
        times.forEach((id, t) -> list.add(new Pulse(id, begun.get(id), t[0], t[1], t[2], phases.get(id))));
        return list;
    }
}
