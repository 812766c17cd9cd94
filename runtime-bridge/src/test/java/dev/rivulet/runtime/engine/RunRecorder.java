package dev.rivulet.runtime.engine;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.ModuleNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Collects, from the engine thread, what a run sends to widgets and tells its listener; read from the test thread. */
final class RunRecorder implements UiSink, RunListener {
    private record Published(int hash, String path, UiMessage message) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final List<String> notices = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ModuleInstance module, UiMessage message) {
        published.add(new Published(module.hash(), module.path(), message));
    }

    @Override
    public void moduleFailed(ModuleInstance module, String message) {
        failures.add(module.name() + ": " + message);
    }

    @Override
    public void notice(String message) {
        notices.add(message);
    }

    /** Table rows published by the module at this path ("12", "7/5"). */
    List<List<Object>> rows(String path) {
        List<List<Object>> rows = new ArrayList<>();
        for (Published p : published) {
            if (p.path.equals(path) && p.message instanceof UiMessage.TableRow r) {
                rows.add(r.values());
            }
        }
        return rows;
    }

    List<List<Object>> rows(ModuleNode table) {
        return rows(String.valueOf(table.hash));
    }

    static boolean waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
