package dev.rivulet.app.bench;

import dev.rivulet.canvas.CanvasView;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;

/**
 * Drives a canvas view frame by frame with the mouse events a user would make (pan with the middle button, zoom with
 * the wheel, drag a selection with the left button) and times each frame. Runs on the FX thread.
 */
final class FrameDriver {
    private static final int SELECTED = 50;

    private final CanvasView view;
    private final Scene scene;
    private final int frames;
    private final WritableImage image = new WritableImage(CanvasBench.WIDTH, CanvasBench.HEIGHT);
    private final RenderCpu cpu = new RenderCpu();

    FrameDriver(CanvasView view, Scene scene, int frames) {
        this.view = view;
        this.scene = scene;
        this.frames = frames;
    }

    /** A few frames of each kind, so that classes are loaded and code is compiled before measuring. */
    void warmUp() {
        FrameStats ignored = new FrameStats("warm-up");
        for (int i = 0; i < 40; i++) {
            double d = i < 20 ? -10 : 10;
            double factor = i % 2 == 0 ? 0.8 : 1.25;
            frame(ignored, () -> view.panBy(d, d / 2));
            frame(ignored, () -> view.zoomAt(800, 450, factor));
        }
        view.setViewport(1, 0, 0);
    }

    /** Middle-button drag across the canvas, 12 px left and 8 px up per frame. */
    FrameStats pan() {
        FrameStats stats = new FrameStats("pan");
        double x = 1200;
        double y = 700;
        mouse(MouseEvent.MOUSE_PRESSED, MouseButton.MIDDLE, x, y);
        for (int i = 0; i < frames; i++) {
            double fx = x - 12 * (i + 1);
            double fy = y - 8 * (i + 1);
            frame(stats, () -> mouse(MouseEvent.MOUSE_DRAGGED, MouseButton.MIDDLE, fx, fy));
        }
        mouse(MouseEvent.MOUSE_RELEASED, MouseButton.MIDDLE, x - 12 * frames, y - 8 * frames);
        return stats;
    }

    /** Wheel out from 100% to about 10% and back in, around a moving cursor, crossing every detail level. */
    FrameStats zoom() {
        FrameStats stats = new FrameStats("zoom");
        for (int i = 0; i < frames; i++) {
            double delta = i < frames / 2 ? -12 : 12;
            double cx = 400 + 800.0 * i / frames;
            frame(stats, () -> scroll(cx, 450, delta));
        }
        return stats;
    }

    /**
     * Selects the first 50 modules of the document, shows them at 70% (or less, if they need it), and drags them with
     * the left button, 4 px right and 3 px down a frame.
     */
    FrameStats dragSelection() {
        FrameStats stats = new FrameStats("drag");
        List<Integer> chosen = new ArrayList<>();
        view.session().document().modules.stream().limit(SELECTED).forEach(m -> chosen.add(m.hash));
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int hash : chosen) {
            var l = view.session().layoutOf(hash);
            minX = Math.min(minX, l.x);
            minY = Math.min(minY, l.y);
            maxX = Math.max(maxX, l.x + 320);
            maxY = Math.max(maxY, l.y + 200);
        }
        double scale = Math.min(0.7, Math.min((CanvasBench.WIDTH - 40) / (maxX - minX),
            (CanvasBench.HEIGHT - 40) / (maxY - minY)));
        view.setViewport(scale, 20 - minX * scale, 20 - minY * scale);
        view.selection().set(chosen);
        Point2D grip = view.titlePosition(chosen.get(0));
        frame(stats, () -> mouse(MouseEvent.MOUSE_PRESSED, MouseButton.PRIMARY, grip.getX(), grip.getY()));
        if (view.selection().size() != chosen.size()) {
            throw new IllegalStateException("the press did not grab the selection");
        }
        for (int i = 1; i <= frames; i++) {
            double fx = grip.getX() + 4 * i;
            double fy = grip.getY() + 3 * i;
            frame(stats, () -> mouse(MouseEvent.MOUSE_DRAGGED, MouseButton.PRIMARY, fx, fy));
        }
        frame(stats, () -> mouse(MouseEvent.MOUSE_RELEASED, MouseButton.PRIMARY, grip.getX() + 4 * frames,
            grip.getY() + 3 * frames));
        return stats;
    }

    private void frame(FrameStats stats, Runnable input) {
        long c0 = cpu.now();
        long t0 = System.nanoTime();
        input.run();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        long t1 = System.nanoTime();
        scene.snapshot(image);
        long t2 = System.nanoTime();
        long c1 = cpu.now();
        stats.add(CanvasBench.ms(t1 - t0), CanvasBench.ms(t2 - t1), CanvasBench.ms(c1 - c0), view.shownModuleCount(),
            view.paintedWireCount());
    }

    private void mouse(EventType<MouseEvent> type, MouseButton button, double x, double y) {
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        Point2D screen = view.localToScreen(x, y);
        // an event's x and y are scene coordinates; the view converts them (it is not the root in the editor window)
        Point2D scene = view.localToScene(x, y);
        Event.fireEvent(view, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), button, 1,
            false, false, false, false, down && button == MouseButton.PRIMARY, down && button == MouseButton.MIDDLE,
            false, false, false, type == MouseEvent.MOUSE_PRESSED, new PickResult(view, scene.getX(), scene.getY())));
    }

    private void scroll(double x, double y, double deltaY) {
        Point2D screen = view.localToScreen(x, y);
        Point2D scene = view.localToScene(x, y);
        Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(),
            screen.getY(), false, false, false, false, false, false, 0, deltaY, 0, deltaY,
            ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
            new PickResult(view, scene.getX(), scene.getY())));
    }
}
