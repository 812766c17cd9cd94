package dev.rivulet.runtime.secrets;

import java.util.Optional;

/**
 * Finds the value of a stored secret by the id a canvas refers to it with ({@code "secretRef"} on a parameter).
 * The engine host resolves references through one before modules are configured.
 *
 * <p>Usage: {@code CanvasDocument runnable = CanvasSecrets.resolve(doc, secretStore);}
 */
@FunctionalInterface
public interface SecretLookup {
    /** Resolves nothing: every reference stays missing, and its module reports the missing secret. */
    SecretLookup NONE = id -> Optional.empty();

    /**
     * The secret's value (a string, or a map for map parameters such as HTTP headers), or empty when no secret has
     * this id.
     *
     * @throws SecretStoreException when the secret exists but cannot be decrypted
     */
    Optional<Object> find(String id);
}
