package dev.rivulet.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples of a backlog (messages waiting) over time, and the least-squares slope of the samples in a trailing window:
 * a backlog that keeps growing has a positive slope, one that the consumer keeps up with has a slope of about zero.
 */
final class BacklogTrend {
    private final List<double[]> samples = new ArrayList<>();

    void add(double seconds, double backlog) {
        samples.add(new double[] {seconds, backlog});
    }

    /** Messages per second the backlog grew by over the last {@code window} seconds (NaN with fewer than 2 samples). */
    double slope(double window) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double end = samples.get(samples.size() - 1)[0];
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] s : samples) {
            if (s[0] >= end - window) {
                n++;
                sx += s[0];
                sy += s[1];
                sxx += s[0] * s[0];
                sxy += s[0] * s[1];
            }
        }
        double d = n * sxx - sx * sx;
        return n < 2 || d == 0 ? Double.NaN : (n * sxy - sx * sy) / d;
    }

    double max() {
        return samples.stream().mapToDouble(s -> s[1]).max().orElse(0);
    }
}
