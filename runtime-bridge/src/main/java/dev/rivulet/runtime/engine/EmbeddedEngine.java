package dev.rivulet.runtime.engine;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.modules.custom.CustomCodeUnits;
import dev.rivulet.modules.custom.CustomCodeUnits.CodeUnit;
import dev.rivulet.runtime.secrets.CanvasSecrets;
import dev.rivulet.runtime.secrets.SecretLookup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs canvases in this process, one engine thread per run (modules are single-threaded, as in Streamr). Historical
 * runs replay CSV files on a simulated clock; realtime runs tick with the wall clock, take live stream data from a
 * {@link RealtimeSource} and events from the network and from widgets through an {@link ExternalEventQueue}, until
 * stopped. Requests from other threads (parameter changes, widget events, snapshots) are queued and applied on the
 * engine thread between events.
 *
 * <p>Secret parameters that refer to the secret store are resolved before modules are configured; a reference the
 * store does not have fails its module with a clear message.
 *
 * <p>Usage: {@code try (Engine engine = new EmbeddedEngine(ModuleRegistry.load(), secretStore)) {
 * engine.start(request).await(..); }}
 */
public final class EmbeddedEngine implements Engine {
    /** How long {@link #close()} waits for each run to stop its modules. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final ModuleRegistry registry;
    private final SecretLookup secrets;
    private final StoredHistory history;
    private final List<EmbeddedRun> runs = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** An engine without a secret store: canvases that refer to stored secrets run without those modules. */
    public EmbeddedEngine(ModuleRegistry registry) {
        this(registry, SecretLookup.NONE, StoredHistory.NONE);
    }

    public EmbeddedEngine(ModuleRegistry registry, SecretLookup secrets) {
        this(registry, secrets, StoredHistory.NONE);
    }

    /** An engine that replays streams without a CSV file from {@code history}. */
    public EmbeddedEngine(ModuleRegistry registry, StoredHistory history) {
        this(registry, SecretLookup.NONE, history);
    }

    /** Secrets resolved from {@code secrets}; streams without a CSV file replayed from {@code history}. */
    public EmbeddedEngine(ModuleRegistry registry, SecretLookup secrets, StoredHistory history) {
        this.registry = secrets == SecretLookup.NONE ? registry : CanvasSecrets.resolvingSubCanvases(registry, secrets);
        this.secrets = secrets;
        this.history = history;
    }

    @Override
    public RunHandle start(RunRequest request) {
        refuseUntrustedCode(request);
        EmbeddedRun run = new EmbeddedRun("run-" + ids.incrementAndGet(), request, registry, secrets, history);
        runs.add(run);
        Thread t = new Thread(run::execute, "rivulet-engine-" + run.id());
        t.setDaemon(true);
        t.start();
        return run;
    }

    /**
     * Custom code runs with the rights of the whole application, so a canvas whose JavaModules (or those of its
     * sub-canvases) the registry's {@link dev.rivulet.core.CustomCodePolicy} does not allow is refused before any of
     * it runs. Each JavaModule checks the policy again when it initialises.
     */
    private void refuseUntrustedCode(RunRequest request) {
        List<CodeUnit> untrusted = new ArrayList<>();
        for (CodeUnit u : CustomCodeUnits.of(request.canvas(), registry)) {
            if (!registry.customCodePolicy().mayRun(u.sha256())) {
                untrusted.add(u);
            }
        }
        if (!untrusted.isEmpty()) {
            throw new UntrustedCodeException(untrusted);
        }
    }

    @Override
    public List<RunHandle> runs() {
        return List.copyOf(runs);
    }

    /** Stops every run and waits (a while) for each to stop its modules, so connections and files get closed. */
    @Override
    public void close() {
        for (EmbeddedRun r : runs) {
            r.stop();
        }
        for (EmbeddedRun r : runs) {
            try {
                r.await(CLOSE_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        runs.clear();
    }
}
