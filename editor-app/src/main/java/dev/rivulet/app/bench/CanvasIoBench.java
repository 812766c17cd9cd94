package dev.rivulet.app.bench;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.bench.SyntheticCanvas;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code bench canvas-io}: load + validate + save of a generated canvas (2,000 modules, 3,000 wires by default)
 * through real files. Prints the cold figure (first round in this JVM) and, after 5 s of warm-up rounds, the warm median
 * of 20 rounds, with the share of each step.
 */
public final class CanvasIoBench {
    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private CanvasIoBench() {
    }

    public static void run(ModuleRegistry registry, int modules, PrintWriter out)
        throws IOException, CanvasFormatException {
        Path dir = Files.createTempDirectory("rivulet-bench");
        try {
            CanvasDocument generated = SyntheticCanvas.generate(registry, modules, modules * 3 / 2, 7);
            NativeCodec codec = new NativeCodec();
            Path in = dir.resolve("in.json");
            Path saved = dir.resolve("out.json");
            codec.write(generated, in);
            CanvasValidator validator = new CanvasValidator(registry);
            out.printf("canvas: %d modules, %d connections, %,d bytes%n", generated.modules.size(),
                generated.connections.size(), Files.size(in));
            long[] cold = round(codec, validator, in, saved);
            out.printf("cold: %.1f ms (load %.1f, validate %.1f, save %.1f)%n", ms(cold[3]), ms(cold[0]), ms(cold[1]),
                ms(cold[2]));
            // warm-up by time, as JMH does (its default is 5 iterations of 10 s): a fixed 30 rounds left the measured
            // rounds partly in code the JIT had not finished optimising on a busy 2-core machine
            long warmUntil = System.nanoTime() + WARM_UP_NANOS;
            int warmRounds = 0;
            while (warmRounds < 30 || System.nanoTime() < warmUntil) {
                round(codec, validator, in, saved);
                warmRounds++;
            }
            out.printf("warm-up: %d rounds in %.1f s%n", warmRounds, WARM_UP_NANOS / 1e9);
            int n = 20;
            long[][] rounds = new long[n][];
            for (int i = 0; i < n; i++) {
                rounds[i] = round(codec, validator, in, saved);
            }
            out.printf("warm median of %d: %.1f ms (load %.1f, validate %.1f, save %.1f)%n", n, median(rounds, 3),
                median(rounds, 0), median(rounds, 1), median(rounds, 2));
            out.flush();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** One load + validate + save; returns nanos of each step and the total. */
    private static long[] round(NativeCodec codec, CanvasValidator validator, Path in, Path out)
        throws IOException, CanvasFormatException {
        long t0 = System.nanoTime();
        CanvasDocument doc = codec.read(in);
        long t1 = System.nanoTime();
        int problems = validator.validate(doc).size();
        long t2 = System.nanoTime();
        codec.write(doc, out);
        long t3 = System.nanoTime();
        if (problems < 0) {
            throw new IllegalStateException();
        }
        return new long[] {t1 - t0, t2 - t1, t3 - t2, t3 - t0};
    }

    private static double median(long[][] rounds, int column) {
        long[] v = new long[rounds.length];
        for (int i = 0; i < rounds.length; i++) {
            v[i] = rounds[i][column];
        }
        Arrays.sort(v);
        return ms(v[v.length / 2]);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
