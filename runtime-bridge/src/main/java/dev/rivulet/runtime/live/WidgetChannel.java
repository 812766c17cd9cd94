package dev.rivulet.runtime.live;

import dev.rivulet.core.UiMessage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of one widget module between the engine thread and the UI: what is pending for the next frame, and
 * the recent history that a widget attaching late (or on a dashboard) is sent at once.
 *
 * <p>Pending messages follow the kind's policy: labels and other state updates keep only the latest value per kind
 * (the rest are counted as coalesced); rows, chart points and map points keep their order up to a per-frame bound,
 * beyond which chart points are decimated (every other point of the overflowing backlog goes) and other kinds drop
 * their oldest (both counted as dropped). Declarations (table headers, chart series) are never dropped: they are kept
 * apart and always resent.
 *
 * <p>Thread-safety: every method synchronises on the channel; the engine thread holds the lock for one append.
 */
final class WidgetChannel {
    private final String path;
    private final int maxPending;
    private final int historySize;

    private final ArrayList<UiMessage> ordered = new ArrayList<>();
    private final Map<String, UiMessage> latest = new LinkedHashMap<>();
    private final Map<String, UiMessage> declarations = new LinkedHashMap<>();
    private final Map<String, UiMessage> pendingDeclarations = new LinkedHashMap<>();
    private final ArrayDeque<UiMessage> history = new ArrayDeque<>();
    private final Map<String, UiMessage> latestHistory = new LinkedHashMap<>();

    // ordered messages received since the last drain: the newest entries of the history, still pending
    private int orderedSinceDrain;
    /** Set while the channel waits in the hub's dirty queue, so it is queued once per frame. */
    final java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();
    private long received;
    private long coalesced;
    private long dropped;
    private long delivered;

    WidgetChannel(String path, int maxPending, int historySize) {
        this.path = path;
        this.maxPending = maxPending;
        this.historySize = historySize;
    }

    synchronized void offer(UiMessage message) {
        received++;
        MessageKind kind = MessageKind.of(message);
        switch (kind.policy()) {
            case DECLARATION -> {
                declarations.put(kind.key(), message);
                pendingDeclarations.put(kind.key(), message);
                return;
            }
            case LATEST -> {
                // remove first so the map's order stays the order of the latest updates
                if (latest.remove(kind.key()) != null) {
                    coalesced++;
                }
                latest.put(kind.key(), message);
                latestHistory.remove(kind.key());
                latestHistory.put(kind.key(), message);
                return;
            }
            case ORDERED -> {
                ordered.add(message);
                orderedSinceDrain++;
                remember(message);
                if (ordered.size() > maxPending) {
                    shed(message instanceof UiMessage.ChartPoint);
                }
            }
        }
    }

    private void remember(UiMessage message) {
        if (historySize == 0) {
            return;
        }
        if (history.size() == historySize) {
            history.removeFirst();
        }
        history.addLast(message);
    }

    /** Halves the backlog: chart points by keeping every other one (shape survives), others by dropping the oldest. */
    private void shed(boolean decimate) {
        int before = ordered.size();
        if (decimate) {
            int w = 0;
            for (int r = 0; r < before; r++) {
                // keep the first and last so a series' extent stays right
                if (r % 2 == 0 || r == before - 1) {
                    ordered.set(w++, ordered.get(r));
                }
            }
            ordered.subList(w, before).clear();
        } else {
            ordered.subList(0, before - maxPending / 2).clear();
        }
        dropped += before - ordered.size();
    }

    /** Moves what is pending into {@code out} (declarations first, then ordered, then latest values). */
    synchronized boolean drainTo(List<UiMessage> out) {
        int start = out.size();
        out.addAll(pendingDeclarations.values());
        out.addAll(ordered);
        out.addAll(latest.values());
        pendingDeclarations.clear();
        ordered.clear();
        latest.clear();
        orderedSinceDrain = 0;
        int n = out.size() - start;
        delivered += n;
        return n > 0;
    }

    /**
     * What a newly attached widget needs: declarations, the last {@code historySize} ordered messages, latest values;
     * minus what is still pending, which the next frame delivers to it like to every other widget.
     */
    synchronized List<UiMessage> resend() {
        List<UiMessage> out = new ArrayList<>(declarations.size() + history.size() + latestHistory.size());
        declarations.forEach((k, m) -> {
            if (!pendingDeclarations.containsKey(k)) {
                out.add(m);
            }
        });
        int delivered = Math.max(0, history.size() - orderedSinceDrain);
        var it = history.iterator();
        for (int i = 0; i < delivered; i++) {
            out.add(it.next());
        }
        latestHistory.forEach((k, m) -> {
            if (!latest.containsKey(k)) {
                out.add(m);
            }
        });
        return List.copyOf(out);
    }

    /** Messages waiting for the next frame. */
    synchronized int pending() {
        return pendingDeclarations.size() + ordered.size() + latest.size();
    }

    synchronized ChannelStats stats() {
        return new ChannelStats(path, received, delivered, coalesced, dropped, pending());
    }

    synchronized void clear() {
        ordered.clear();
        latest.clear();
        declarations.clear();
        pendingDeclarations.clear();
        history.clear();
        latestHistory.clear();
        orderedSinceDrain = 0;
    }

    String path() {
        return path;
    }
}
