package dev.rivulet.app.widgets;

import dev.rivulet.runtime.live.UiUpdateHub;
import javafx.animation.AnimationTimer;

/**
 * Drives a {@link UiUpdateHub} from the FX pulse: one {@code deliverPending()} per frame, so widgets get at most one
 * batch per frame whatever the engine's rate. Start it when a run starts and stop it when the last run ends.
 */
public final class LiveFrameDriver {
    private final AnimationTimer timer;

    public LiveFrameDriver(UiUpdateHub hub) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                hub.deliverPending();
            }
        };
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }
}
