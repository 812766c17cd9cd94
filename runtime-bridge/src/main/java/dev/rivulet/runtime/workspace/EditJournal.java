package dev.rivulet.runtime.workspace;

import dev.rivulet.document.CanvasDocument;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes edits durable off the editing thread. {@link #append} only queues a {@link CanvasDelta}; one writer thread
 * merges what arrived within a batch interval (default 250 ms) into one delta per canvas, serialises it and commits
 * it as one {@code edit_journal} row, so a crash or {@code kill -9} loses at most the last interval of edits (WAL with
 * {@code synchronous=NORMAL} survives a process crash). Saves and autosave checkpoints are ordered with the edits
 * before them: the writer notes the canvas's last journal row, a second thread serialises and diffs the document
 * (seconds for a huge canvas, during which the writer keeps journaling), and the writer then commits the version and
 * drops the journal rows the document contains, in one short transaction.
 *
 * <p>Usage:
 * <pre>{@code
 * EditJournal journal = new EditJournal(repository, Duration.ofMillis(250), stats -> { });
 * journal.append(canvasId, delta);                       // from the FX thread, returns at once
 * journal.checkpoint(canvasId, doc.copy(), VersionKind.SAVE).thenAccept(v -> ...);
 * journal.close();                                       // writes what is pending
 * }</pre>
 */
public final class EditJournal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EditJournal.class);

    /** One committed batch: how many deltas it merged, how many rows it wrote, and how long writing took. */
    public record BatchStats(int deltas, int rows, long nanos) {
    }

    private sealed interface Task {
    }

    private record Append(String canvasId, CanvasDelta delta) implements Task {
    }

    private record Checkpoint(String canvasId, CanvasDocument doc, VersionKind kind,
                              CompletableFuture<Optional<VersionInfo>> done) implements Task {
    }

    private record Commit(Checkpoint checkpoint, long journalSeq, VersionRows.Prepared prepared) implements Task {
    }

    private record Flush(CompletableFuture<Void> done, boolean stop) implements Task {
    }

    private final CanvasRepository repository;
    private final long intervalNanos;
    private final Consumer<BatchStats> stats;
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Map<String, CanvasDelta> pending = new LinkedHashMap<>();
    /**
     * Versions prepared but not committed yet, per canvas: a checkpoint prepared meanwhile is compared with these
     * instead of the database, which does not have them yet.
     */
    private final Map<String, String> uncommitted = new ConcurrentHashMap<>();
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "edit-journal-versions");
        t.setDaemon(true);
        return t;
    });
    private final List<CompletableFuture<Void>> waitingFlushes = new ArrayList<>();
    private final Thread writer;
    private Connection connection;
    private int pendingDeltas;
    private int preparing;
    private boolean stopping;
    private volatile boolean closed;

    public EditJournal(CanvasRepository repository, Duration batchInterval, Consumer<BatchStats> stats) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.intervalNanos = batchInterval.toNanos();
        this.stats = Objects.requireNonNull(stats, "stats");
        // daemon: a journal nobody closed must not keep the JVM alive; close() is what writes the last batch
        writer = new Thread(this::loop, "edit-journal");
        writer.setDaemon(true);
        writer.start();
    }

    public EditJournal(CanvasRepository repository) {
        this(repository, Duration.ofMillis(250), stats -> { });
    }

    /** Queues what an edit changed; never blocks. The delta must not be touched afterwards. */
    public void append(String canvasId, CanvasDelta delta) {
        if (!delta.isEmpty()) {
            offer(new Append(canvasId, delta));
        }
    }

    /**
     * Saves a copy of the document as a version of {@code kind}, after every edit appended before this call; the
     * result is empty when nothing changed since the latest version.
     */
    public CompletableFuture<Optional<VersionInfo>> checkpoint(String canvasId, CanvasDocument copy,
                                                                VersionKind kind) {
        CompletableFuture<Optional<VersionInfo>> done = new CompletableFuture<>();
        offer(new Checkpoint(canvasId, copy, kind, done));
        return done;
    }

    /** Completes when every edit appended and every checkpoint asked for before this call is committed. */
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        offer(new Flush(done, false));
        return done;
    }

    /** Writes what is pending, finishes the checkpoints under way, and stops. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        offer(new Flush(done, true));
        closed = true;
        try {
            writer.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        preparer.shutdown();
    }

    private void offer(Task task) {
        if (closed) {
            throw new IllegalStateException("the edit journal is closed");
        }
        queue.add(task);
    }

    private void loop() {
        while (true) {
            List<Task> batch = new ArrayList<>();
            try {
                Task first = queue.take();
                batch.add(first);
                if (first instanceof Append) {
                    // gather the burst for one interval (or until a save/flush arrives): at most one write per
                    // interval, and no edit waits longer than that
                    long deadline = System.nanoTime() + intervalNanos;
                    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                        Task next = queue.poll(left, TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                        if (!(next instanceof Append)) {
                            break;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch);
            process(batch);
            if (stopping && preparing == 0 && queue.isEmpty()) {
                closeConnection();
                return;
            }
        }
    }

    private void process(List<Task> batch) {
        for (Task task : batch) {
            if (task instanceof Append a) {
                pending.computeIfAbsent(a.canvasId(), id -> new CanvasDelta()).merge(a.delta());
                pendingDeltas++;
            } else if (task instanceof Checkpoint cp) {
                startCheckpoint(cp);
            } else if (task instanceof Commit commit) {
                finishCheckpoint(commit);
            } else if (task instanceof Flush f) {
                writePending();
                stopping |= f.stop();
                if (!pending.isEmpty()) {
                    f.done().completeExceptionally(new WorkspaceException("journal rows could not be written"));
                } else if (preparing > 0) {
                    waitingFlushes.add(f.done()); // done once the checkpoints before it are committed
                } else {
                    f.done().complete(null);
                }
            }
        }
        writePending();
        if (preparing == 0 && !waitingFlushes.isEmpty()) {
            waitingFlushes.forEach(done -> done.complete(null));
            waitingFlushes.clear();
        }
    }

    /** Writes the edits before the checkpoint, notes the last journal row, and prepares the version elsewhere. */
    private void startCheckpoint(Checkpoint cp) {
        writePending();
        long seq;
        try {
            seq = JournalRows.maxSeq(connection(), cp.canvasId());
        } catch (SQLException | RuntimeException e) {
            closeConnection();
            cp.done().completeExceptionally(new WorkspaceException("cannot save canvas " + cp.canvasId() + ": "
                + e.getMessage(), e));
            return;
        }
        preparing++;
        preparer.execute(() -> {
            VersionRows.Prepared prepared = null;
            try {
                String previous = uncommitted.get(cp.canvasId());
                prepared = repository.run("save canvas " + cp.canvasId(), c -> repository.versionRows()
                    .prepare(c, cp.canvasId(), cp.doc(), "", previous));
                uncommitted.put(cp.canvasId(), prepared.text());
            } catch (RuntimeException e) {
                LOG.error("Cannot save canvas {}", cp.canvasId(), e);
                cp.done().completeExceptionally(e);
            }
            queue.add(new Commit(cp, seq, prepared));
        });
    }

    private void finishCheckpoint(Commit commit) {
        preparing--;
        Checkpoint cp = commit.checkpoint();
        if (commit.prepared() == null) {
            return; // preparing failed and said so
        }
        long now = repository.clock().millis();
        try {
            Optional<VersionInfo> version = Transactions.immediate(connection(), c -> repository.versionRows()
                .commit(c, cp.canvasId(), commit.prepared(), cp.kind(), commit.journalSeq(), now));
            cp.done().complete(version);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Cannot save canvas {}", cp.canvasId(), e);
            closeConnection();
            cp.done().completeExceptionally(e instanceof WorkspaceException ? e
                : new WorkspaceException("cannot save canvas " + cp.canvasId() + ": " + e.getMessage(), e));
        } finally {
            // only now does the database have it (or never will)
            uncommitted.remove(cp.canvasId(), commit.prepared().text());
        }
    }

    /** Commits one row per canvas with pending edits; on failure keeps them for the next batch. */
    private void writePending() {
        if (pending.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        long now = repository.clock().millis();
        DeltaCodec codec = repository.deltaCodec();
        try {
            int rows = Transactions.immediate(connection(), c -> {
                for (Map.Entry<String, CanvasDelta> e : pending.entrySet()) {
                    JournalRows.append(c, e.getKey(), now, codec.write(e.getValue()));
                }
                return pending.size();
            });
            stats.accept(new BatchStats(pendingDeltas, rows, System.nanoTime() - t0));
            pending.clear();
            pendingDeltas = 0;
        } catch (SQLException | RuntimeException e) {
            // a deleted canvas (foreign key) or a locked/full disk: keep the edits and try again with the next batch
            LOG.error("Cannot write the edit journal; retrying with the next batch", e);
            closeConnection();
            dropDeletedCanvases();
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = repository.database().connect();
        }
        return connection;
    }

    private void dropDeletedCanvases() {
        try {
            pending.keySet().removeIf(id -> repository.find(id).isEmpty());
        } catch (WorkspaceException e) {
            LOG.warn("Cannot check which canvases still exist", e);
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing the journal connection failed", e);
            }
            connection = null;
        }
    }
}
