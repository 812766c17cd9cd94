package dev.rivulet.app.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Starts JavaFX for the benchmarks that need a scene: Monocle's headless platform with software rendering when there
 * is no display (or {@code -Drivulet.bench.headless=true}), and runs work on the FX thread.
 */
final class BenchToolkit {
    private BenchToolkit() {
    }

    /**
     * Starts the toolkit, prints how long it took and on which platform; returns false when JavaFX already ran in this
     * JVM (tests), so the caller leaves it running.
     */
    static boolean start(PrintWriter out) throws Exception {
        String platform = configure();
        long t0 = System.nanoTime();
        boolean started = true;
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            started = false;
        }
        Platform.setImplicitExit(false);
        fx(BenchToolkit::firstText);
        out.printf("toolkit start-up: %.0f ms (%s; includes showing a first window with text, as the app's main"
            + " window does before any canvas opens)%n", (System.nanoTime() - t0) / 1e6, platform);
        out.flush();
        return started;
    }

    /** Loads fonts, CSS and the text pipeline the way the app's own main window does first. */
    private static Void firstText() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new javafx.scene.control.Label("Rivulet"), 200, 50));
        stage.show();
        stage.getScene().snapshot(null);
        stage.close();
        return null;
    }

    private static String configure() {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (display && !Boolean.getBoolean("rivulet.bench.headless")) {
            return "display " + System.getenv("DISPLAY") + ", default pipeline";
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        // Monocle 17 reads "headless.geometry" (not "monocle.headless.geometry"); the default screen is 1280x800
        System.setProperty("headless.geometry", CanvasBench.WIDTH + "x" + CanvasBench.HEIGHT + "-32");
        return "Monocle headless, software rendering";
    }

    static <T> T fx(Callable<T> task) throws Exception {
        return fx(task, 10 * 60);
    }

    /**
     * Runs {@code task} on the FX thread and waits at most {@code seconds}; if the FX thread is stuck, fails naming
     * where it is (a benchmark should end with a reason, not hang).
     */
    static <T> T fx(Callable<T> task, long seconds) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder where = new StringBuilder();
            Thread.getAllStackTraces().forEach((t, stack) -> {
                if (t.getName().contains("JavaFX Application") || t.getName().equals("Event Thread")) {
                    for (StackTraceElement el : stack) {
                        where.append("\n    at ").append(el);
                    }
                }
            });
            throw new IllegalStateException("the FX thread did not finish a task in " + seconds + " s; it is" + where, e);
        }
    }
}
