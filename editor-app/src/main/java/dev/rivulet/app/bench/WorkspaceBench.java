package dev.rivulet.app.bench;

import dev.rivulet.app.workspace.SessionJournal;
import dev.rivulet.bench.SyntheticCanvas;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.EditJournal;
import dev.rivulet.runtime.workspace.OpenedCanvas;
import dev.rivulet.runtime.workspace.VersionKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code bench workspace}: the workspace store on a generated canvas (2,000 modules by default) in a fresh
 * {@code workspace.db}. Prints what an edit costs on the editing thread (the command plus copying what it touched
 * into a journal delta), how long the journal writer takes to commit one batch (serialise, insert, commit in WAL),
 * the time to open a canvas with and without unsaved journal rows to replay (recovery), and a save (version with its
 * change summary, journal compaction).
 */
public final class WorkspaceBench {
    private static final int EDITS = 600;

    private WorkspaceBench() {
    }

    public static void run(ModuleRegistry registry, int modules, PrintWriter out) throws Exception {
        Path dir = Files.createTempDirectory("rivulet-workspace-bench");
        try {
            CanvasRepository canvases = new CanvasRepository(
                Databases.open(DataDirectory.open(Optional.of(dir))).workspace(), Clock.systemUTC());
            CanvasDocument generated = SyntheticCanvas.generate(registry, modules, modules * 3 / 2, 7);
            long t0 = System.nanoTime();
            CanvasSummary canvas = canvases.create("bench", generated, VersionKind.CREATE);
            out.printf("canvas: %d modules, %d connections; create (first version): %.1f ms%n",
                generated.modules.size(), generated.connections.size(), ms(System.nanoTime() - t0));

            openTimes(canvases, canvas.id(), 10); // warm-up, so both open figures are warm
            long[] cleanOpen = openTimes(canvases, canvas.id(), 10);
            OpenedCanvas opened = canvases.open(canvas.id());
            EditSession session = new EditSession(opened.document(), registry);
            List<EditJournal.BatchStats> batches = new CopyOnWriteArrayList<>();
            List<Long> batchEnds = new CopyOnWriteArrayList<>();
            long[] editNanos = new long[EDITS];
            long[] editAt = new long[EDITS];
            long checkpointCopy = 0;
            try (EditJournal journal = new EditJournal(canvases, Duration.ofMillis(250), b -> {
                batchEnds.add(System.nanoTime());
                batches.add(b);
            })) {
                SessionJournal journaled = SessionJournal.attach(session, canvas.id(), journal);
                java.util.concurrent.CompletableFuture<?> autosave = null;
                List<ModuleNode> nodes = new ArrayList<>(session.document().modules);
                for (int i = 0; i < EDITS; i++) {
                    int hash = nodes.get(i % nodes.size()).hash;
                    if (i == EDITS / 3) {
                        // an autosave of the whole canvas in the middle of the burst
                        long c0 = System.nanoTime();
                        autosave = journaled.checkpoint(VersionKind.AUTOSAVE);
                        checkpointCopy = System.nanoTime() - c0;
                    }
                    long e0 = System.nanoTime();
                    editAt[i] = e0;
                    if (i % 3 == 2) {
                        session.rename(hash, "renamed " + i);
                    } else {
                        session.moveModules(List.of(hash), 3, 2);
                    }
                    editNanos[i] = System.nanoTime() - e0;
                    // about 200 edits per second: a fast drag or typing burst
                    Thread.sleep(5);
                }
                journal.flush().get(30, TimeUnit.SECONDS);
                autosave.get(60, TimeUnit.SECONDS);
            }
            Arrays.sort(editNanos);
            out.printf("edit + journal delta on the editing thread: p50 %.3f ms, p95 %.3f ms (%d edits)%n",
                ms(editNanos[EDITS / 2]), ms(editNanos[EDITS * 95 / 100]), EDITS);
            long[] commit = batches.stream().mapToLong(EditJournal.BatchStats::nanos).sorted().toArray();
            out.printf("journal batch commit (writer thread, 250 ms batches): p50 %.1f ms, max %.1f ms over %d batches "
                + "of %d edits; an edit is durable at most 250 ms + one commit after it is made%n",
                ms(commit[commit.length / 2]), ms(commit[commit.length - 1]), commit.length, EDITS);

            long[] durable = durableLatencies(editAt, batches, batchEnds);
            out.printf("edit to committed in the journal (upper bound): p50 %.0f ms, max %.0f ms, with an autosave of "
                + "the whole canvas during the burst (document copy on the editing thread: %.1f ms)%n",
                ms(durable[durable.length / 2]), ms(durable[durable.length - 1]), ms(checkpointCopy));

            long[] recovery = openTimes(canvases, canvas.id(), 10);
            int rows = canvases.read(canvas.id()).recoveredEdits();
            out.printf("open without journal: median %.1f ms; open with recovery of %d journal rows: median %.1f ms%n",
                ms(median(cleanOpen)), rows, ms(median(recovery)));

            CanvasDocument current = canvases.read(canvas.id()).document();
            long s0 = System.nanoTime();
            String summary = canvases.save(canvas.id(), current, VersionKind.SAVE).orElseThrow().summary();
            out.printf("save (version + change summary + journal compaction): %.1f ms: \"%s\"%n",
                ms(System.nanoTime() - s0), summary.length() > 90 ? summary.substring(0, 90) + "…" : summary);
            out.flush();
        } finally {
            delete(dir);
        }
    }

    /** For each edit, the time until the end of the first batch that started gathering after it was made. */
    private static long[] durableLatencies(long[] editAt, List<EditJournal.BatchStats> batches, List<Long> ends) {
        long[] out = new long[editAt.length];
        for (int i = 0; i < editAt.length; i++) {
            out[i] = Long.MAX_VALUE;
            for (int b = 0; b < ends.size(); b++) {
                long start = ends.get(b) - batches.get(b).nanos();
                if (start > editAt[i]) {
                    out[i] = ends.get(b) - editAt[i];
                    break;
                }
            }
        }
        Arrays.sort(out);
        return out;
    }

    private static long[] openTimes(CanvasRepository canvases, String id, int rounds) {
        long[] t = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            canvases.read(id);
            t[i] = System.nanoTime() - t0;
        }
        return t;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
