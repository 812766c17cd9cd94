package dev.rivulet.app.bench;

import dev.rivulet.runtime.live.ChannelStats;
import dev.rivulet.runtime.live.UiUpdateHub;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints the figures of {@code bench live}. */
final class LiveReport {
    private LiveReport() {
    }

    record Figures(double seconds, RandomWalkFeed feed, long events, List<PulseRecorder.Pulse> pulses, long cpuNanos,
                   BacklogTrend backlog, UiUpdateHub hub) {
    }

    static void print(PrintWriter out, Figures f, String chart) {
        out.printf("events processed: %,d in %.1f s (%,.0f events/s); offered %,d, refused by a full engine queue"
            + " %,d%n", f.events(), f.seconds(), f.events() / f.seconds(), f.feed().offered(), f.feed().refused());
        List<PulseRecorder.Pulse> p = f.pulses();
        if (p.isEmpty()) {
            out.println("frames: none recorded (JavaFX's flight-recorder pulse events did not arrive)");
        } else {
            double[] work = p.stream().mapToDouble(PulseRecorder.Pulse::workMs).toArray();
            long rendered = p.stream().filter(x -> x.renderMs() > 0).count();
            out.printf("frames: %d pulses (%.1f/s), %d rendered%n", p.size(), p.size() / f.seconds(), rendered);
            out.printf("frame p50: %.1f ms%n", percentile(work, 50));
            out.printf("frame p95: %.1f ms%n", percentile(work, 95));
            out.printf("frame max: %.1f ms%n", percentile(work, 100));
            double[] fx = p.stream().mapToDouble(PulseRecorder.Pulse::fxMs).toArray();
            double[] render = p.stream().mapToDouble(PulseRecorder.Pulse::renderMs).toArray();
            double[] wait = p.stream().mapToDouble(PulseRecorder.Pulse::waitMs).toArray();
            out.printf("  FX thread (widget batch, CSS, layout, copy to render graph): p50 %.1f ms, p95 %.1f ms%n",
                percentile(fx, 50), percentile(fx, 95));
            out.printf("  render thread (paint dirty regions, present): p50 %.1f ms, p95 %.1f ms%n",
                percentile(render, 50), percentile(render, 95));
            out.printf("  (not counted: FX thread waiting for the previous frame's rendering, p50 %.1f ms)%n",
                percentile(wait, 50));
            out.printf("  phases, mean ms per pulse: %s%n", phases(p));
            PulseRecorder.Pulse worst = p.stream().max(java.util.Comparator.comparingDouble(
                PulseRecorder.Pulse::workMs)).orElseThrow();
            out.printf("  slowest pulse (#%d of %d): %s%n", p.indexOf(worst) + 1, p.size(), phases(List.of(worst)));
            out.printf("  CPU per frame (FX + render threads, mean): %.1f ms%n", f.cpuNanos() / 1e6 / p.size());
        }
        UiUpdateHub hub = f.hub();
        out.printf("UI queue high-water mark: %,d messages waiting at the start of a frame%n", hub.pendingHighWater());
        out.printf("backlog slope over the last 5 s: %+,.0f messages/s (engine queue + UI messages left undelivered,"
            + " sampled each frame after delivery; largest backlog %,.0f)%n", f.backlog().slope(5), f.backlog().max());
        long received = 0;
        long delivered = 0;
        long coalesced = 0;
        long dropped = 0;
        for (ChannelStats s : hub.stats()) {
            received += s.received();
            delivered += s.delivered();
            coalesced += s.coalesced();
            dropped += s.dropped();
        }
        out.printf("UI messages: %,d published, %,d delivered, %,d coalesced, %,d dropped (decimated chart points and"
            + " shed table rows)%n", received, delivered, coalesced, dropped);
        out.printf("chart: %s%n", chart);
        out.flush();
    }

    private static String phases(List<PulseRecorder.Pulse> pulses) {
        Map<String, Double> sum = new TreeMap<>();
        for (PulseRecorder.Pulse p : pulses) {
            p.phases().forEach((k, v) -> sum.merge(k, v, Double::sum));
        }
        StringBuilder s = new StringBuilder();
        sum.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
            .forEach(e -> s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                .append(String.format("%.1f", e.getValue() / pulses.size())));
        return s.toString();
    }

    static double percentile(List<PulseRecorder.Pulse> pulses, int p) {
        return percentile(pulses.stream().mapToDouble(PulseRecorder.Pulse::workMs).toArray(), p);
    }

    private static double percentile(double[] values, int p) {
        return FrameStats.percentile(values.clone(), p);
    }
}
