package dev.rivulet.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Frame times of one benchmark phase, in milliseconds: wall-clock total, layout part and render part of each frame,
 * and the CPU time the FX and render threads spent on it (which other processes on the machine do not inflate).
 */
final class FrameStats {
    private final String name;
    private final List<double[]> frames = new ArrayList<>();
    private int maxNodes;
    private int maxWires;

    FrameStats(String name) {
        this.name = name;
    }

    static FrameStats merge(List<FrameStats> parts) {
        FrameStats all = new FrameStats("all");
        for (FrameStats p : parts) {
            all.frames.addAll(p.frames);
            all.maxNodes = Math.max(all.maxNodes, p.maxNodes);
            all.maxWires = Math.max(all.maxWires, p.maxWires);
        }
        return all;
    }

    void add(double layoutMs, double renderMs, double cpuMs, int nodes, int wires) {
        frames.add(new double[] {layoutMs + renderMs, layoutMs, renderMs, cpuMs});
        maxNodes = Math.max(maxNodes, nodes);
        maxWires = Math.max(maxWires, wires);
    }

    String name() {
        return name;
    }

    int count() {
        return frames.size();
    }

    int maxNodes() {
        return maxNodes;
    }

    int maxWires() {
        return maxWires;
    }

    double total(int percentile) {
        return percentile(0, percentile);
    }

    double layout(int percentile) {
        return percentile(1, percentile);
    }

    double render(int percentile) {
        return percentile(2, percentile);
    }

    double cpu(int percentile) {
        return percentile(3, percentile);
    }

    private double percentile(int column, int p) {
        double[] v = new double[frames.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = frames.get(i)[column];
        }
        return percentile(v, p);
    }

    /** The p-th percentile (nearest rank) of the values, NaN when there are none; sorts the array. */
    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, rank))];
    }
}
