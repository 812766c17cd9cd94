package dev.rivulet.bench;

import dev.rivulet.core.ModuleRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH twin of {@code rivulet bench engine}: the same workload (Stream → MovingAverage(10) → GreaterThan(Constant) →
 * Filter → Count), reported as events per second. Run with {@code mvn -pl module-library -Pjmh verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineThroughputBenchmark {
    private static final int EVENTS = 1_000_000;
    private EngineWorkload workload;

    @Setup
    public void setUp() {
        workload = new EngineWorkload(ModuleRegistry.load());
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long replay() {
        return workload.run(EVENTS) + workload.passed();
    }
}
