package dev.rivulet.app.bench;

import dev.rivulet.app.widgets.WidgetEvents;
import dev.rivulet.app.widgets.WidgetView;
import dev.rivulet.app.widgets.WidgetViews;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.InProcessRealtimeSource;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.live.ChannelStats;
import dev.rivulet.runtime.live.UiUpdateHub;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * {@code bench live}: a realtime run of Stream → Chart and Stream → Table on the embedded engine, fed 100,000 random
 * walk events a second, with the real coalescing hub and the real widget views on a visible canvas in a 1600×900
 * scene (Monocle headless with software rendering when there is no display).
 *
 * <p>A frame is what the FX thread does once per pulse: the hub hands each widget its batch, the widgets update, CSS
 * and layout run (the chart draws here), then {@code scene.snapshot} syncs and rasterizes the scene (standing in for
 * the pulse's render). Frames are paced at 60 a second; a frame that takes longer delays the next, as a real pulse
 * would. Besides frame times it prints the UI queue's high-water mark, the slope of the backlog (events not yet
 * processed by the engine plus UI messages not yet delivered) over the last 5 s, the hub's coalesced and dropped
 * counts, and the heap after a full GC with a million points in the chart.
 */
public final class LiveBench {
    private static final String STREAM = "walk";
    private static final long FRAME_NANOS = 1_000_000_000L / 60;

    private LiveBench() {
    }

    public static void run(ModuleRegistry registry, int perSecond, Duration duration, PrintWriter out)
        throws Exception {
        boolean started = BenchToolkit.start(out);
        try {
            measure(registry, perSecond, duration, out);
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    private record Live(CanvasDocument canvas, ModuleNode chart, ModuleNode table) {
    }

    private static Live canvas(ModuleRegistry registry) {
        CanvasBuilder b = new CanvasBuilder(registry).name("Live bench");
        ModuleNode stream = b.stream(STREAM, "price:Double");
        ModuleNode chart = b.add("chart");
        ModuleNode table = b.add("table");
        b.connect(stream, "price", chart, "in1").connect(stream, "price", table, "in1");
        CanvasDocument doc = b.build();
        doc.ui.put(stream.hash, new CanvasLayout.ModuleLayout(40, 60));
        doc.ui.put(chart.hash, new CanvasLayout.ModuleLayout(320, 20));
        doc.ui.put(table.hash, new CanvasLayout.ModuleLayout(1120, 20));
        return new Live(doc, chart, table);
    }

    private static void measure(ModuleRegistry registry, int perSecond, Duration duration, PrintWriter out)
        throws Exception {
        Live live = canvas(registry);
        double readBack = BenchToolkit.fx(CanvasBench::emptySnapshotCost);
        UiUpdateHub hub = new UiUpdateHub(50_000, 1_000);
        InProcessRealtimeSource source = new InProcessRealtimeSource();
        WidgetPlacement placement = new OverlayWidgetPlacement(760, 640);
        Map<Integer, WidgetView> widgets = new LinkedHashMap<>();
        Scene scene = BenchToolkit.fx(() -> {
            widgets.put(live.chart().hash, WidgetViews.create("chart", Map.of(), WidgetEvents.NONE).orElseThrow());
            widgets.put(live.table().hash, WidgetViews.create("table", Map.of("maxRows", 30), WidgetEvents.NONE)
                .orElseThrow());
            Scene s = new Scene(placement.show(new EditSession(live.canvas(), registry), widgets), CanvasBench.WIDTH,
                CanvasBench.HEIGHT);
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            widgets.forEach((hash, view) -> hub.attach(String.valueOf(hash), view::apply));
            return s;
        });
        out.printf("canvas: Stream → Chart, Stream → Table (realtime run); feed: %,d events/s for %d s%n", perSecond,
            duration.toSeconds());
        out.flush();
        WritableImage image = new WritableImage(CanvasBench.WIDTH, CanvasBench.HEIGHT);
        RenderCpu cpu = BenchToolkit.fx(RenderCpu::new);
        FrameStats frames = new FrameStats("live");
        BacklogTrend backlog = new BacklogTrend();
        long delivered = 0;
        try (EmbeddedEngine engine = new EmbeddedEngine(registry)) {
            RunHandle run = engine.start(RunRequest.realtime(live.canvas()).source(source).ui(hub).build());
            waitForSubscriber(source, run);
            RandomWalkFeed feed = new RandomWalkFeed(source, STREAM, perSecond);
            Thread feeder = new Thread(feed, "bench-live-feed");
            feeder.setDaemon(true);
            long t0 = System.nanoTime();
            long end = t0 + duration.toNanos();
            feeder.start();
            long next = t0;
            while (System.nanoTime() < end) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next = Math.max(next + FRAME_NANOS, System.nanoTime());
                long[] frame = BenchToolkit.fx(() -> frame(hub, scene, image, cpu), 60);
                delivered += frame[3];
                frames.add(frame[0] / 1e6, frame[1] / 1e6, frame[2] / 1e6, 0, 0);
                long pendingUi = hub.stats().stream().mapToLong(ChannelStats::pending).sum();
                backlog.add((System.nanoTime() - t0) / 1e9, feed.offered() - feed.refused() - run.events()
                    + pendingUi);
            }
            feed.stop();
            feeder.join(10_000);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long events = run.events();
            run.stop();
            run.await(Duration.ofSeconds(30));
            report(out, seconds, feed, events, frames, backlog, hub, delivered, widgets, live, readBack);
        }
        BenchToolkit.fx(() -> {
            placement.dispose();
            ((Stage) scene.getWindow()).close();
            return null;
        });
    }

    private static void waitForSubscriber(InProcessRealtimeSource source, RunHandle run) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (source.subscribers(STREAM) == 0) {
            if (System.nanoTime() > deadline || run.failure().isPresent()) {
                throw new IllegalStateException("the run did not subscribe to its stream: "
                    + run.failure().map(Throwable::getMessage).orElse("timed out"));
            }
            Thread.sleep(5);
        }
    }

    /** One frame on the FX thread: {layout nanos, render nanos, CPU nanos, messages delivered}. */
    private static long[] frame(UiUpdateHub hub, Scene scene, WritableImage image, RenderCpu cpu) {
        long c0 = cpu.now();
        long t0 = System.nanoTime();
        int n = hub.deliverPending();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        long t1 = System.nanoTime();
        scene.snapshot(image);
        long t2 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t1, cpu.now() - c0, n};
    }

    private static void report(PrintWriter out, double seconds, RandomWalkFeed feed, long events, FrameStats frames,
                               BacklogTrend backlog, UiUpdateHub hub, long delivered, Map<Integer, WidgetView> widgets,
                               Live live, double readBack) throws Exception {
        out.printf("events processed: %,d in %.1f s (%,.0f events/s); offered %,d, refused by a full engine queue %,d%n",
            events, seconds, events / seconds, feed.offered(), feed.refused());
        out.printf("frames: %d (%.1f/s)%n", frames.count(), frames.count() / seconds);
        out.printf("frame p50: %.1f ms%n", frames.total(50));
        out.printf("frame p95: %.1f ms%n", frames.total(95));
        out.printf("frame max: %.1f ms%n", frames.total(100));
        out.printf("  hub delivery + widget updates + CSS + layout (chart drawing): p50 %.1f ms, p95 %.1f ms%n",
            frames.layout(50), frames.layout(95));
        out.printf("  sync + rasterization + read-back (scene.snapshot): p50 %.1f ms, p95 %.1f ms (read-back alone,"
            + " empty scene: %.1f ms)%n", frames.render(50), frames.render(95), readBack);
        out.printf("  CPU per frame (FX + render threads): p50 %.1f ms, p95 %.1f ms%n", frames.cpu(50),
            frames.cpu(95));
        out.printf("UI queue high-water mark: %,d messages waiting at the start of a frame%n", hub.pendingHighWater());
        out.printf("backlog slope over the last 5 s: %+,.0f messages/s (engine queue + undelivered UI messages;"
            + " largest backlog %,.0f)%n", backlog.slope(5), backlog.max());
        long received = 0;
        long coalesced = 0;
        long dropped = 0;
        for (ChannelStats s : hub.stats()) {
            received += s.received();
            coalesced += s.coalesced();
            dropped += s.dropped();
        }
        out.printf("UI messages: %,d published, %,d delivered, %,d coalesced, %,d dropped (decimated chart points and"
            + " shed table rows)%n", received, delivered, coalesced, dropped);
        WidgetView chart = widgets.get(live.chart().hash);
        out.printf("chart: %s%n", BenchToolkit.fx(() -> describe(chart)));
        // twice: the first collection may leave objects with finalizers or soft references for the second
        System.gc();
        Thread.sleep(200);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.printf("heap after GC: %.0f MB%n", heap / 1e6);
        out.flush();
    }

    private static String describe(WidgetView chart) {
        return chart.toString();
    }
}
