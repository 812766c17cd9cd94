package dev.rivulet.app.run;

import dev.rivulet.canvas.skin.ModuleRunStatus;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.runtime.engine.ModuleStats;
import dev.rivulet.runtime.engine.RunStats;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns successive {@link RunStats} samples into what the canvas shows under each top-level module: its state and
 * the events per second in and out since the previous sample. A module that embeds a sub-canvas shows as failed when
 * a module inside it failed, with that module's name and message.
 *
 * <p>Usage: {@code view.setModuleStatus(statuses.next(run.stats(), System.nanoTime()));}
 */
final class RunStatuses {
    private final Map<Integer, long[]> previous = new HashMap<>();
    private long previousNanos;

    Map<Integer, ModuleRunStatus> next(RunStats stats, long nowNanos) {
        double seconds = previousNanos == 0 ? 0 : (nowNanos - previousNanos) / 1e9;
        previousNanos = nowNanos;
        Map<Integer, ModuleRunStatus> out = new HashMap<>();
        Map<Integer, String> failedInside = new HashMap<>();
        for (ModuleStats m : stats.modules()) {
            int host = hostHash(m.path());
            if (!isTopLevel(m.path()) && m.error() != null && host >= 0) {
                failedInside.putIfAbsent(host, m.name() + " inside failed: " + m.error());
            }
        }
        for (ModuleStats m : stats.modules()) {
            if (!isTopLevel(m.path())) {
                continue;
            }
            long[] before = previous.put(m.hash(), new long[] {m.eventsIn(), m.eventsOut()});
            double in = before == null || seconds <= 0 ? 0 : (m.eventsIn() - before[0]) / seconds;
            double outRate = before == null || seconds <= 0 ? 0 : (m.eventsOut() - before[1]) / seconds;
            ModuleRunStatus.State state = m.status() == ModuleStatus.FAILED ? ModuleRunStatus.State.FAILED
                : m.waiting() ? ModuleRunStatus.State.WAITING : ModuleRunStatus.State.RUNNING;
            String message = m.error();
            if (state != ModuleRunStatus.State.FAILED && failedInside.containsKey(m.hash())) {
                state = ModuleRunStatus.State.FAILED;
                message = failedInside.get(m.hash());
            }
            out.put(m.hash(), new ModuleRunStatus(state, message, Math.max(0, in), Math.max(0, outRate)));
        }
        return out;
    }

    /** The top-level module a module path belongs to ("7" for "7/5" and "7[key]/5"); -1 if unreadable. */
    static int hostHash(String path) {
        int end = 0;
        while (end < path.length() && (Character.isDigit(path.charAt(end)) || (end == 0 && path.charAt(0) == '-'))) {
            end++;
        }
        try {
            return end == 0 ? -1 : Integer.parseInt(path.substring(0, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isTopLevel(String path) {
        return path.indexOf('/') < 0 && path.indexOf('[') < 0;
    }
}
