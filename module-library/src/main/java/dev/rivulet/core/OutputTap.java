package dev.rivulet.core;

/**
 * Sees every value an {@link Output} sends while it is installed (the editor's wire inspector). Installed and removed
 * on the engine thread only while someone inspects the wire, so an output nobody inspects pays one null check and
 * nothing else; called on the engine thread, so it must not block.
 *
 * <p>Usage (engine thread): {@code output.tap(recorder); ... output.tap(null);}
 */
public interface OutputTap {
    /** A number was sent (kept unboxed). */
    void sent(double value);

    /** Any other value was sent (booleans, text, maps, lists...). */
    void sent(Object value);
}
