package dev.rivulet.runtime.live;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.UiSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one coalescing path from running canvases to widgets. The engine thread {@link #publish publishes} without ever
 * blocking on the UI; the UI calls {@link #deliverPending()} once per frame (an {@code AnimationTimer} in the app, a
 * loop in headless tools), which hands each attached widget one batch. Labels and state updates coalesce (latest
 * wins), rows and points keep their order up to a per-frame bound and are decimated beyond it; the counts are in
 * {@link #stats()}. A widget that attaches late gets the channel's recent history at once ({@link #attach}).
 *
 * <pre>{@code
 * UiUpdateHub hub = new UiUpdateHub(50_000, 1_000);
 * engine.start(request.withUiSink(hub));
 * hub.attach("12", batch -> table.addRows(batch));   // on the UI thread
 * // each frame: hub.deliverPending();
 * }</pre>
 */
public final class UiUpdateHub implements UiSink {
    private final int maxPendingPerWidget;
    private final int resendSize;
    private final Map<String, WidgetChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<List<UiMessage>>>> widgets = new ConcurrentHashMap<>();
    // channels with something pending, each queued once until delivered
    private final Queue<WidgetChannel> dirty = new ConcurrentLinkedQueue<>();
    private volatile long highWater;
    private long frames;

    /**
     * @param maxPendingPerWidget rows or points a widget may have waiting for one frame before shedding starts
     * @param resendSize          ordered messages kept per widget for late attachers ("resend the last N")
     */
    public UiUpdateHub(int maxPendingPerWidget, int resendSize) {
        if (maxPendingPerWidget < 2 || resendSize < 0) {
            throw new IllegalArgumentException("maxPendingPerWidget must be at least 2 and resendSize at least 0");
        }
        this.maxPendingPerWidget = maxPendingPerWidget;
        this.resendSize = resendSize;
    }

    @Override
    public void publish(ModuleInstance module, UiMessage message) {
        publish(module.path(), message);
    }

    /** Engine side: queues a message of the widget at {@code path} (a module hash, or hash/hash inside sub-canvases). */
    public void publish(String path, UiMessage message) {
        WidgetChannel channel = channels.computeIfAbsent(path, p -> new WidgetChannel(p, maxPendingPerWidget, resendSize));
        channel.offer(message);
        if (channel.queued.compareAndSet(false, true)) {
            dirty.add(channel);
        }
    }

    /**
     * UI side, once per frame: gives every attached widget its pending messages as one batch. Messages of widgets
     * nobody watches are drained too (they stay in the resend history). Returns the number of messages delivered.
     */
    public int deliverPending() {
        frames++;
        int total = 0;
        long pendingNow = 0;
        List<UiMessage> batch = new ArrayList<>();
        WidgetChannel channel;
        int n = dirty.size();
        for (int i = 0; i < n && (channel = dirty.poll()) != null; i++) {
            channel.queued.set(false);
            pendingNow += channel.pending();
            batch.clear();
            if (channel.drainTo(batch)) {
                total += batch.size();
                List<Consumer<List<UiMessage>>> listeners = widgets.get(channel.path());
                if (listeners != null && !listeners.isEmpty()) {
                    List<UiMessage> copy = List.copyOf(batch);
                    listeners.forEach(l -> l.accept(copy));
                }
            }
        }
        if (pendingNow > highWater) {
            highWater = pendingNow;
        }
        return total;
    }

    /**
     * UI side: attaches a widget to the channel at {@code path}; it immediately receives the recent history (on the
     * calling thread), then one batch per frame. Closing the returned handle detaches it.
     */
    public AutoCloseable attach(String path, Consumer<List<UiMessage>> widget) {
        List<Consumer<List<UiMessage>>> list = widgets.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
        WidgetChannel channel = channels.get(path);
        if (channel != null) {
            List<UiMessage> history = channel.resend();
            if (!history.isEmpty()) {
                widget.accept(history);
            }
        }
        list.add(widget);
        return () -> list.remove(widget);
    }

    /** Forgets every channel's pending messages and history (a new run, or "reset and start"). */
    public void reset() {
        channels.values().forEach(WidgetChannel::clear);
    }

    /** Per-widget counters, for the run view and the live benchmark. */
    public List<ChannelStats> stats() {
        return channels.values().stream().map(WidgetChannel::stats).toList();
    }

    /** The most messages that were waiting at the start of one frame since this hub was made. */
    public long pendingHighWater() {
        return highWater;
    }

    /** Starts a new high-water mark (a benchmark's measured window after its warm-up); returns the previous one. */
    public long resetPendingHighWater() {
        long was = highWater;
        highWater = 0;
        return was;
    }

    /** Frames delivered so far. */
    public long frames() {
        return frames;
    }
}
