package dev.rivulet.app.workspace;

/**
 * Where the inspector puts the value of a secret parameter (decision 0010): the sink stores it (encrypted, outside
 * workspace.db) and returns the reference that the edit puts into the document instead of the value. The composition
 * root passes one backed by the data directory's secret store.
 *
 * <p>Usage: {@code window.setSecrets((hash, module, param, value) -> store.put(origin(hash, module, param), value).id());}
 */
@FunctionalInterface
public interface SecretSink {
    /**
     * Stores a value for a parameter of a module of the current canvas and returns its new reference.
     *
     * @throws RuntimeException when it cannot be stored (the edit is then refused with the message)
     */
    String store(int moduleHash, String moduleName, String param, Object value);
}
