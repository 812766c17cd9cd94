package dev.rivulet.app.bench;

import dev.rivulet.bench.SyntheticCanvas;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.NativeCodec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * {@code bench canvas}: opens a generated canvas (2,000 modules, 3,000 wires by default) in a real 1600×900 scene and
 * times the first frame, then frames while panning, zooming and dragging a 50-module selection.
 *
 * <p>How a frame is measured: on the FX thread, the input events of one frame are fired at the view (the same
 * handlers a mouse drives), then the CSS and layout passes run as a pulse would run them ({@code applyCss},
 * {@code layout}: this is where the view culls, creates skins and records the wire paths), then
 * {@code scene.snapshot} syncs the scene graph to the render graph, rasterizes it on the render thread and reads
 * the pixels back. The two parts are printed apart; the snapshot's fixed cost (read-back of 1600×900 pixels) is
 * measured on an empty scene and printed too. Frames run back to back, so no pulse of the toolkit interleaves.
 * Only the JavaFX toolkit start-up is outside "open"; with no display, the toolkit is started on Monocle's headless
 * platform with the software pipeline.
 */
public final class CanvasBench {
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    private static final int FRAMES = 150;

    private CanvasBench() {
    }

    public static void run(ModuleRegistry registry, int modules, PrintWriter out) throws Exception {
        run(registry, modules, false, out);
    }

    /**
     * With {@code workspace}, the canvas is opened in the editor's own window (menus, module browser, inspector,
     * console, minimap around it, 1600×900 in all), so that what those panes do per frame is measured too.
     */
    public static void run(ModuleRegistry registry, int modules, boolean workspace, PrintWriter out)
        throws Exception {
        CanvasDocument generated = SyntheticCanvas.generate(registry, modules, modules * 3 / 2, 7);
        byte[] json = new NativeCodec().write(generated).getBytes(StandardCharsets.UTF_8);
        out.printf("canvas: %d modules, %d wires, %,d bytes of JSON%n", generated.modules.size(),
            generated.connections.size(), json.length);
        boolean started = BenchToolkit.start(out);
        try {
            measure(registry, json, workspace, out);
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    private static void measure(ModuleRegistry registry, byte[] json, boolean workspace, PrintWriter out)
        throws Exception {
        double overhead = fx(CanvasBench::emptySnapshotCost);
        Opened opened = fx(() -> workspace ? BenchWorkspace.open(registry, json) : open(registry, json));
        if (workspace) {
            out.printf("host: the editor window (menus, browser, inspector, console, minimap); canvas view %.0f×%.0f%n",
                opened.view().getWidth(), opened.view().getHeight());
        }
        out.printf("open: %.0f ms (parse %.0f, edit session + view %.0f, show + first frame %.0f; %d module nodes)%n",
            opened.total(), opened.parse(), opened.build(), opened.firstFrame(), opened.view().shownModuleCount());
        out.flush();
        FrameDriver driver = new FrameDriver(opened.view(), opened.scene(), FRAMES);
        fx(() -> {
            driver.warmUp();
            return null;
        });
        FrameStats pan = fx(driver::pan);
        FrameStats zoom = fx(driver::zoom);
        FrameStats drag = fx(driver::dragSelection);
        FrameStats all = FrameStats.merge(List.of(pan, zoom, drag));
        out.printf("frame p50: %.1f ms%n", all.total(50));
        out.printf("frame p95: %.1f ms%n", all.total(95));
        out.printf("  CPU per frame (FX + render threads; not inflated by other load): p50 %.1f ms, p95 %.1f ms%n",
            all.cpu(50), all.cpu(95));
        out.printf("  input + CSS + layout (cull, skins, wire paths): p50 %.1f ms, p95 %.1f ms%n", all.layout(50),
            all.layout(95));
        out.printf("  sync + rasterization + read-back (scene.snapshot): p50 %.1f ms, p95 %.1f ms"
            + " (read-back alone, empty scene: %.1f ms)%n", all.render(50), all.render(95), overhead);
        for (FrameStats s : List.of(pan, zoom, drag)) {
            out.printf("  %-5s %3d frames: p50 %.1f ms, p95 %.1f ms (layout p50 %.1f, render p50 %.1f, CPU p50 %.1f);"
                    + " up to %d module nodes, %d wires painted%n", s.name(), s.count(), s.total(50), s.total(95),
                s.layout(50), s.render(50), s.cpu(50), s.maxNodes(), s.maxWires());
        }
        out.printf("  drag committed as one command: %s%n", opened.view().session().undoDescription().orElse("-"));
        out.flush();
        fx(() -> {
            opened.view().dispose();
            ((Stage) opened.scene().getWindow()).close();
            return null;
        });
    }

    /** What it costs to snapshot an empty scene of the same size: the read-back part of every measured frame. */
    static double emptySnapshotCost() {
        Region empty = new Region();
        empty.setStyle("-fx-background-color: white;");
        Scene scene = new Scene(empty, WIDTH, HEIGHT);
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        double[] times = new double[15];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            scene.snapshot(image);
            times[i] = ms(System.nanoTime() - t);
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    record Opened(CanvasView view, Scene scene, double parse, double build, double firstFrame, double total) {
    }

    private static Opened open(ModuleRegistry registry, byte[] json) throws Exception {
        long t0 = System.nanoTime();
        CanvasDocument doc = new NativeCodec().read(json, "bench canvas");
        long t1 = System.nanoTime();
        EditSession session = new EditSession(doc, registry);
        CanvasView view = new CanvasView(session, ModuleSkins.standard(CanvasTheme.LIGHT));
        long t2 = System.nanoTime();
        Stage stage = new Stage();
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        scene.snapshot(new WritableImage(WIDTH, HEIGHT));
        long t3 = System.nanoTime();
        return new Opened(view, scene, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0));
    }

    static <T> T fx(Callable<T> task) throws Exception {
        return BenchToolkit.fx(task);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
