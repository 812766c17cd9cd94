package dev.rivulet.modules.analytics;

import dev.rivulet.core.DoubleWindow;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Parameter;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The aggregates KeyedWindow offers: count, sum, avg, min, max and percentiles. Percentiles are estimated as
 * Commons Math's default Percentile does, like the Percentile module: position p·(n+1)/100 in the sorted values,
 * interpolating between the two nearest (the smallest value below position 1, the largest above n).
 *
 * <p>Usage: {@code WindowAggregate a = WindowAggregate.parse(aggregateParam, percentileParam); a.of(window);}
 */
final class WindowAggregate {
    enum Kind { COUNT, SUM, AVG, MIN, MAX, PERCENTILE }

    static final String[] NAMES = {"count", "sum", "avg", "min", "max", "p50", "p90", "p95", "p99", "percentile"};

    final Kind kind;
    final double percent;
    private final Percentile estimator = new Percentile();
    private double[] scratch = new double[16];

    private WindowAggregate(Kind kind, double percent) {
        this.kind = kind;
        this.percent = percent;
    }

    /** From the aggregate parameter (one of {@link #NAMES}) and, for "percentile", the percentile parameter. */
    static WindowAggregate parse(Parameter aggregate, Parameter percentile) {
        String name = Params.choice(aggregate, NAMES);
        switch (name) {
            case "count": return new WindowAggregate(Kind.COUNT, 0);
            case "sum": return new WindowAggregate(Kind.SUM, 0);
            case "avg": return new WindowAggregate(Kind.AVG, 0);
            case "min": return new WindowAggregate(Kind.MIN, 0);
            case "max": return new WindowAggregate(Kind.MAX, 0);
            case "percentile": {
                double p = percentile.getDouble();
                if (!(p > 0 && p <= 100)) {
                    throw new ModuleException("percentile must be above 0 and at most 100, got "
                        + percentile.getString());
                }
                return new WindowAggregate(Kind.PERCENTILE, p);
            }
            default: return new WindowAggregate(Kind.PERCENTILE, Double.parseDouble(name.substring(1)));
        }
    }

    /** Whether the aggregate needs every value (not just count, sum, min and max). */
    boolean needsValues() {
        return kind == Kind.PERCENTILE;
    }

    /** The aggregate of running figures (tumbling and session windows without kept values). */
    double of(long count, double sum, double min, double max) {
        switch (kind) {
            case COUNT: return count;
            case SUM: return sum;
            case AVG: return sum / count;
            case MIN: return min;
            case MAX: return max;
            default: throw new IllegalStateException("a percentile needs the values");
        }
    }

    /** The aggregate of the values in a window (not empty). */
    double of(DoubleWindow w) {
        int n = w.size();
        switch (kind) {
            case COUNT: return n;
            case SUM: return w.sum();
            case AVG: return w.sum() / n;
            case MIN: {
                double m = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    m = Math.min(m, w.get(i));
                }
                return m;
            }
            case MAX: {
                double m = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    m = Math.max(m, w.get(i));
                }
                return m;
            }
            default: {
                if (scratch.length < n) {
                    scratch = Arrays.copyOf(scratch, Math.max(n, scratch.length * 2));
                }
                for (int i = 0; i < n; i++) {
                    scratch[i] = w.get(i);
                }
                return estimator.evaluate(scratch, 0, n, percent);
            }
        }
    }
}
