package dev.rivulet.app.bench;

import dev.rivulet.runtime.engine.InProcessRealtimeSource;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes a random walk ({@code price}) to an in-process stream at a steady rate: every millisecond the events due
 * by then, so the rate holds over any second whatever the scheduler does. Counts what the run took and what it
 * refused (its event queue full).
 */
final class RandomWalkFeed implements Runnable {
    private final InProcessRealtimeSource source;
    private final String streamId;
    private final int perSecond;
    private final SplittableRandom random = new SplittableRandom(7);
    private volatile boolean running = true;
    private volatile long offered;
    private volatile long refused;
    private double price = 100;

    RandomWalkFeed(InProcessRealtimeSource source, String streamId, int perSecond) {
        this.source = source;
        this.streamId = streamId;
        this.perSecond = perSecond;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        long sent = 0;
        while (running) {
            long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L;
            long now = System.currentTimeMillis();
            for (; sent < due && running; sent++) {
                price += random.nextGaussian(0, 0.05);
                if (source.publish(streamId, now, Map.of("price", price)) == 0) {
                    refused++;
                }
                offered++;
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    void stop() {
        running = false;
    }

    long offered() {
        return offered;
    }

    long refused() {
        return refused;
    }
}
