package dev.rivulet.runtime.streams.history;

import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores published messages in the background: one thread takes what has queued up (up to {@code maxBatch}) and
 * writes it in one transaction, so the write rate grows with the load. When the queue is full, {@link #record} waits
 * (backpressure: stored history is never silently incomplete). It also applies retention once an hour. Messages of
 * streams without storage are ignored.
 *
 * <p>Usage: {@code HistoryWriter w = new HistoryWriter(store, 100_000, 10_000, clock); broker = new
 * InProcessBroker(w::record, 65_536); ... w.flush(); w.close();}
 */
public final class HistoryWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);
    private static final long RETENTION_PERIOD_MS = 3_600_000L;

    private final HistoryStore store;
    private final BlockingQueue<Object> queue;
    private final int maxBatch;
    private final Clock clock;
    private final Thread thread;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean closed;
    private long lastRetention = Long.MIN_VALUE;

    public HistoryWriter(HistoryStore store, int queueCapacity, int maxBatch, Clock clock) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.maxBatch = maxBatch;
        this.clock = clock;
        this.thread = new Thread(this::loop, "rivulet-history-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the message for storage if its stream stores history; waits while the queue is full. */
    public void record(StreamMessage message) {
        if (closed) {
            throw new StreamException("the history writer is closed");
        }
        if (!store.storesHistory(message.streamId())) {
            return;
        }
        try {
            queue.put(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StreamException("interrupted while waiting to store a message of " + message.streamId());
        }
    }

    /** Waits until every message recorded before this call is written (or failed). */
    public void flush() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        queue.put(done);
        done.await();
    }

    /** Messages written so far. */
    public long written() {
        return written.get();
    }

    /** Messages that could not be stored (logged with the reason). */
    public long failed() {
        return failed.get();
    }

    private void loop() {
        List<Object> items = new ArrayList<>(maxBatch);
        List<StreamMessage> batch = new ArrayList<>(maxBatch);
        try (BatchWriter writer = store.batchWriter()) {
            while (!closed || !queue.isEmpty()) {
                Object first = queue.poll(1, TimeUnit.SECONDS);
                retention();
                if (first == null) {
                    continue;
                }
                items.add(first);
                queue.drainTo(items, maxBatch - 1);
                for (Object o : items) {
                    if (o instanceof StreamMessage m) {
                        batch.add(m);
                    } else {
                        write(writer, batch);
                        ((CountDownLatch) o).countDown();
                    }
                }
                write(writer, batch);
                items.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("history writer stopped: {}", e.toString());
        }
    }

    private void write(BatchWriter writer, List<StreamMessage> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            writer.append(batch);
            written.addAndGet(batch.size());
        } catch (StreamException e) {
            // one bad message (e.g. its stream was just deleted) must not lose the rest: retry one by one
            for (StreamMessage m : batch) {
                try {
                    writer.append(List.of(m));
                    written.incrementAndGet();
                } catch (StreamException single) {
                    failed.incrementAndGet();
                    LOG.warn("message of {} not stored: {}", m.streamId(), single.getMessage());
                }
            }
        }
        batch.clear();
    }

    private void retention() {
        long now = clock.millis();
        if (lastRetention == Long.MIN_VALUE || now - lastRetention >= RETENTION_PERIOD_MS) {
            lastRetention = now;
            try {
                long n = store.enforceRetention(now);
                if (n > 0) {
                    LOG.info("retention removed {} stored messages", n);
                }
            } catch (StreamException e) {
                LOG.warn("retention not applied: {}", e.getMessage());
            }
        }
    }

    /** Writes what is queued, then stops the thread. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
