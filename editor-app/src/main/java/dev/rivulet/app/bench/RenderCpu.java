package dev.rivulet.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the FX thread (the caller) plus the JavaFX render thread, so that frame costs can be read on a busy
 * machine, where wall-clock times also count the time the threads waited for a core.
 */
final class RenderCpu {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long renderThread;

    RenderCpu() {
        long id = -1;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                id = t.getId();
            }
        }
        renderThread = id;
    }

    /** Nanoseconds of CPU used so far by this thread and the render thread. */
    long now() {
        long own = threads.getCurrentThreadCpuTime();
        long render = renderThread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(renderThread));
        return own + render;
    }
}
