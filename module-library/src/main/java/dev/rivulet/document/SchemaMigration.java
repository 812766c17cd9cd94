package dev.rivulet.document;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the native format's upgrade chain: rewrites a canvas tree of version {@link #fromVersion()} into version
 * {@code fromVersion() + 1}, before it is bound to the document classes. Steps work on the JSON tree so that they
 * never depend on today's classes.
 *
 * <p>Usage: {@code new NativeCodec(List.of(new RenameFooToBar()), 2)} where {@code RenameFooToBar.fromVersion() == 1}.
 */
public interface SchemaMigration {
    /** The version this step reads; it produces the next one. */
    int fromVersion();

    /**
     * Rewrites the tree in place (the codec updates {@code schemaVersion} afterwards).
     *
     * @throws IllegalArgumentException with a short reason when the tree cannot be migrated
     */
    void migrate(ObjectNode root);
}
