package dev.rivulet.app.workspace;

import dev.rivulet.runtime.secrets.SecretEntry;
import dev.rivulet.runtime.secrets.SecretStore;
import java.util.function.Supplier;

/**
 * A {@link SecretSink} backed by the data directory's {@link SecretStore}: every value the inspector gets for a secret
 * parameter becomes a new stored secret (so undo can go back to the previous reference, whose value is still there),
 * labelled with the canvas, module and parameter it was typed for. Values are never logged.
 *
 * <p>Usage: {@code window.setSecrets(new StoreSecretSink(SecretStore.in(dataDir), vm.current()::get));}
 */
public final class StoreSecretSink implements SecretSink {
    private final SecretStore store;
    private final Supplier<OpenCanvas> current;

    public StoreSecretSink(SecretStore store, Supplier<OpenCanvas> current) {
        this.store = store;
        this.current = current;
    }

    @Override
    public String store(int moduleHash, String moduleName, String param, Object value) {
        OpenCanvas canvas = current.get();
        String canvasId = canvas == null || canvas.workspaceKey().get() == null ? ""
            : String.valueOf(canvas.workspaceKey().get());
        String canvasName = canvas == null ? "" : canvas.title().get();
        return store.put(new SecretEntry.Origin(canvasId, canvasName, moduleHash, moduleName, param), value).id();
    }
}
