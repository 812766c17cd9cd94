package dev.rivulet.app.workspace;

import dev.rivulet.runtime.workspace.VersionKind;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Autosave: every interval, each open canvas that changed since its last save or checkpoint gets an autosave version.
 * The timer runs on its own daemon thread; the document copy is taken on the editing thread ({@code editThread},
 * {@code Platform::runLater} in the app), the write happens on the journal's thread.
 *
 * <p>Usage: {@code Autosave a = new Autosave(() -> openCanvases, Platform::runLater, Duration.ofMinutes(2)); a.start();}
 */
public final class Autosave implements AutoCloseable {
    private final Runnable checkpointChanged;
    private final Executor editThread;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "autosave");
        t.setDaemon(true);
        return t;
    });

    public Autosave(Supplier<? extends Iterable<SessionJournal>> canvases, Executor editThread, Duration interval) {
        this(() -> {
            for (SessionJournal canvas : canvases.get()) {
                if (canvas.hasUnsavedChanges()) {
                    canvas.checkpoint(VersionKind.AUTOSAVE);
                }
            }
        }, editThread, interval);
    }

    /**
     * Runs {@code checkpointChanged} on the editing thread every interval, e.g.
     * {@code () -> documents.autosave(window.workspace().viewModel())}.
     */
    public Autosave(Runnable checkpointChanged, Executor editThread, Duration interval) {
        this.checkpointChanged = Objects.requireNonNull(checkpointChanged, "checkpointChanged");
        this.editThread = Objects.requireNonNull(editThread, "editThread");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("autosave interval must be positive: " + interval);
        }
        this.interval = interval;
    }

    public Autosave start() {
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> editThread.execute(this::checkpointChanged), ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Makes an autosave version of every changed canvas now; call on the editing thread. */
    public void checkpointChanged() {
        checkpointChanged.run();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
