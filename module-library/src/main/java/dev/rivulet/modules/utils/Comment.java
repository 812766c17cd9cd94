package dev.rivulet.modules.utils;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Values;
import dev.rivulet.document.ModuleNode;

/**
 * Streamr's Comment: a note on the canvas. It has no ports and never runs; its text lives in the module's document
 * node ({@code text}), where the editor reads and writes it.
 */
public final class Comment extends ModuleInstance {
    /** Document key of the note's text. */
    public static final String TEXT_KEY = "text";

    private String text = "";

    @Override
    protected void onConfiguration(ModuleNode node) {
        Object saved = node.extra(TEXT_KEY);
        text = saved == null ? "" : Values.toText(saved);
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    /** The note's text, as loaded. */
    public String text() {
        return text;
    }

    @Override
    public void sendOutput() {
        // never called: a module without inputs is never activated
    }
}
