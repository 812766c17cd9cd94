package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.signing.Verdict;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live messages of the selected stream on the UI thread: a bounded table (newest first), pausable (a paused feed
 * still counts messages, for the rate and last-message time, but does not add rows), the message rate over the last
 * {@value #RATE_WINDOW_MS} ms and the time of the last message.
 *
 * <p>Usage: {@code feed.accept(message, verdict, clock.millis()); feed.tick(clock.millis());}
 */
public final class LiveFeed {
    /** Rows kept in the table; older ones fall off. */
    public static final int MAX_ROWS = 500;
    static final long RATE_WINDOW_MS = 5_000;

    private final ObservableList<LiveRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final DoubleProperty rate = new SimpleDoubleProperty();
    private final LongProperty lastMessage = new SimpleLongProperty();
    private final LongProperty received = new SimpleLongProperty();
    private final Deque<Long> arrivals = new ArrayDeque<>();

    public ObservableList<LiveRow> rows() {
        return rows;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Messages per second over the last few seconds. */
    public DoubleProperty rateProperty() {
        return rate;
    }

    /** Timestamp (ms) of the newest message seen, 0 when none. */
    public LongProperty lastMessageProperty() {
        return lastMessage;
    }

    /** Messages received since the stream was selected. */
    public LongProperty receivedProperty() {
        return received;
    }

    /** Takes one message (on the UI thread); {@code now} is when it arrived. */
    public void accept(StreamMessage m, Verdict verdict, long now) {
        received.set(received.get() + 1);
        lastMessage.set(Math.max(lastMessage.get(), m.timestamp()));
        arrivals.addLast(now);
        if (!paused.get()) {
            rows.add(0, LiveRow.of(m, verdict));
            if (rows.size() > MAX_ROWS) {
                rows.remove(MAX_ROWS, rows.size());
            }
        }
        tick(now);
    }

    /** Recomputes the rate; called on each message and once a second by the view. */
    public void tick(long now) {
        while (!arrivals.isEmpty() && arrivals.peekFirst() <= now - RATE_WINDOW_MS) {
            arrivals.removeFirst();
        }
        rate.set(arrivals.size() * 1000.0 / RATE_WINDOW_MS);
    }

    /** Starts over for another stream; {@code lastStored} is its newest stored message time, or 0. */
    public void reset(long lastStored) {
        rows.clear();
        arrivals.clear();
        received.set(0);
        rate.set(0);
        lastMessage.set(lastStored);
    }
}
