package dev.rivulet.app.bench;

import dev.rivulet.app.run.WidgetSkins;
import dev.rivulet.app.widgets.LiveFrameDriver;
import dev.rivulet.app.widgets.WidgetViews;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
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
import java.time.Instant;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code bench live}: a realtime run of Stream → Chart and Stream → Table on the embedded engine, fed 100,000 random
 * walk events a second, shown the way the editor shows a running canvas: a {@link CanvasView} with the widgets inside
 * their modules (the app's widget skins), in a 1600×900 window (Monocle headless with software rendering when there is
 * no display), the real coalescing hub delivered once a pulse by the app's {@link LiveFrameDriver}.
 *
 * <p>A frame is one pulse of the toolkit, timed by JavaFX's own flight-recorder pulse events ({@link PulseRecorder}):
 * its work on the FX thread (the widgets' batch, CSS, layout, copying to the render graph) plus the render thread's
 * work for it (painting the dirty regions, presenting). Besides frame times it prints the UI queue's high-water mark,
 * the slope of the backlog (events not yet processed by the engine plus UI messages left undelivered, sampled each
 * frame after the widgets' batch) over the last 5 s, the hub's coalesced and dropped counts, and the heap after a
 * full GC with a million points in the chart.
 */
public final class LiveBench {
    private static final String STREAM = "walk";
    static final Duration WARM_UP = Duration.ofSeconds(3);

    private LiveBench() {
    }

    public static void run(ModuleRegistry registry, int perSecond, Duration duration, PrintWriter out)
        throws Exception {
        PulseRecorder pulses = PulseRecorder.start();
        boolean started = BenchToolkit.start(out);
        try {
            measure(registry, perSecond, duration, pulses, out);
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
        b.option(table, "maxRows", 30);
        b.connect(stream, "price", chart, "in1").connect(stream, "price", table, "in1");
        CanvasDocument doc = b.build();
        doc.ui.put(stream.hash, new CanvasLayout.ModuleLayout(30, 60));
        doc.ui.put(chart.hash, sized(280, 30, 820, 600));
        doc.ui.put(table.hash, sized(1130, 30, 440, 600));
        return new Live(doc, chart, table);
    }

    private static CanvasLayout.ModuleLayout sized(double x, double y, double width, double height) {
        CanvasLayout.ModuleLayout l = new CanvasLayout.ModuleLayout(x, y);
        l.width = width;
        l.height = height;
        return l;
    }

    private static void measure(ModuleRegistry registry, int perSecond, Duration duration, PulseRecorder pulses,
                                PrintWriter out) throws Exception {
        Live live = canvas(registry);
        UiUpdateHub hub = new UiUpdateHub(50_000, 1_000);
        InProcessRealtimeSource source = new InProcessRealtimeSource();
        BenchWidgetHost host = new BenchWidgetHost();
        LiveFrameDriver driver = new LiveFrameDriver(hub);
        CanvasView view = BenchToolkit.fx(() -> {
            CanvasView v = new CanvasView(new EditSession(live.canvas(), registry),
                WidgetSkins.register(ModuleSkins.standard(CanvasTheme.LIGHT), host));
            Stage stage = new Stage();
            stage.setScene(new Scene(v, CanvasBench.WIDTH, CanvasBench.HEIGHT));
            stage.show();
            return v;
        });
        out.printf("canvas: Stream → Chart, Stream → Table (realtime run, widgets in their modules); feed: %,d events/s"
            + " for %d s%n", perSecond, duration.toSeconds());
        out.flush();
        RenderCpu cpu = BenchToolkit.fx(RenderCpu::new);
        BacklogTrend backlog = new BacklogTrend();
        try (EmbeddedEngine engine = new EmbeddedEngine(registry)) {
            RunHandle run = engine.start(RunRequest.realtime(live.canvas()).source(source).ui(hub).build());
            BenchToolkit.fx(() -> {
                host.started(hub);
                driver.start();
                return null;
            });
            waitForSubscriber(source, run);
            RandomWalkFeed feed = new RandomWalkFeed(source, STREAM, perSecond);
            Thread feeder = new Thread(feed, "bench-live-feed");
            feeder.setDaemon(true);
            feeder.start();
            waitForWidgets(hub, live, run);
            // the first frames after attaching carry the resent history, the first layout of the widgets and
            // code not yet compiled: timed, but apart from the measured window
            Instant warmFrom = Instant.now();
            Thread.sleep(WARM_UP.toMillis());
            long warmUpHighWater = hub.resetPendingHighWater();
            long cpu0 = BenchToolkit.fx(cpu::now);
            long events0 = run.events();
            Instant from = Instant.now();
            long t0 = System.nanoTime();
            // the backlog is sampled every frame right after the widgets got their batch (a timer started after the
            // frame driver runs after it in the same pulse): what the engine has not processed yet plus what the UI
            // left undelivered, without the messages that merely arrived since the last frame
            javafx.animation.AnimationTimer sampler = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    long pendingUi = hub.stats().stream().mapToLong(ChannelStats::pending).sum();
                    backlog.add((System.nanoTime() - t0) / 1e9, feed.offered() - feed.refused() - run.events()
                        + pendingUi);
                }
            };
            BenchToolkit.fx(() -> {
                sampler.start();
                return null;
            });
            Thread.sleep(duration.toMillis());
            BenchToolkit.fx(() -> {
                sampler.stop();
                return null;
            });
            Instant to = Instant.now();
            long cpuUsed = BenchToolkit.fx(cpu::now) - cpu0;
            double seconds = (System.nanoTime() - t0) / 1e9;
            long events = run.events() - events0;
            feed.stop();
            feeder.join(10_000);
            BenchToolkit.fx(() -> {
                driver.stop();
                return null;
            });
            run.stop();
            run.await(Duration.ofSeconds(30));
            List<PulseRecorder.Pulse> all = pulses.stop();
            List<PulseRecorder.Pulse> warmUp = PulseRecorder.between(all, warmFrom, from);
            List<PulseRecorder.Pulse> frames = PulseRecorder.between(all, from, to);
            out.printf("warm-up (%d s from the widgets' first batch, not in the figures below): %d pulses, p50 %.1f ms,"
                + " max %.1f ms%n", WARM_UP.toSeconds(), warmUp.size(), LiveReport.percentile(warmUp, 50),
                LiveReport.percentile(warmUp, 100));
            out.printf("warm-up UI queue high-water mark: %,d messages (the backlog from before the widgets attached"
                + " included)%n", warmUpHighWater);
            LiveReport.print(out, new LiveReport.Figures(seconds, feed, events, frames, cpuUsed, backlog, hub),
                BenchToolkit.fx(() -> describeChart(view)));
        }
        BenchToolkit.fx(() -> {
            view.dispose();
            ((Stage) view.getScene().getWindow()).close();
            return null;
        });
        // twice: the first collection may leave objects with finalizers or soft references for the second
        System.gc();
        Thread.sleep(200);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.printf("heap after GC (window closed): %.0f MB%n", heap / 1e6);
        out.flush();
    }

    private static String describeChart(CanvasView view) {
        return view.lookupAll(".widget-chart").stream().map(WidgetViews::of).flatMap(java.util.Optional::stream)
            .map(Object::toString).findFirst().orElse("not shown");
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

    /** Until both widgets, attached inside their modules, have been handed a batch. */
    private static void waitForWidgets(UiUpdateHub hub, Live live, RunHandle run) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<String> paths = List.of(String.valueOf(live.chart().hash), String.valueOf(live.table().hash));
        while (hub.stats().stream().filter(s -> paths.contains(s.path()) && s.delivered() > 0).count() < 2) {
            if (System.nanoTime() > deadline || run.failure().isPresent()) {
                throw new IllegalStateException("the widgets in the modules did not attach: "
                    + run.failure().map(Throwable::getMessage).orElse("timed out"));
            }
            Thread.sleep(10);
        }
    }
}
