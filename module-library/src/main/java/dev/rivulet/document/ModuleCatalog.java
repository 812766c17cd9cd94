package dev.rivulet.document;

import java.util.Optional;

/**
 * What the document layer needs to know about module types when converting Streamr canvases: the mapping between
 * Streamr's numeric module ids and our type ids. Implemented by the module registry, so that the document package does
 * not depend on the engine.
 *
 * <p>Usage: {@code new StreamrCodec(ModuleRegistry.load())}.
 */
public interface ModuleCatalog {
    /** Type id prefix for Streamr module ids that have no type in this build ("streamr:159"). */
    String STREAMR_PREFIX = "streamr:";

    /** Our type id for a Streamr module id, if this build implements it. */
    Optional<String> typeIdForStreamrId(int streamrId);

    /** The Streamr module id of one of our types, if it has one. */
    Optional<Integer> streamrIdForType(String typeId);
}
