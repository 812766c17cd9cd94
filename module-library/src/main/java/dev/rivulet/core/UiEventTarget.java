package dev.rivulet.core;

import java.util.Map;

/**
 * A module that takes events from its widget (Button press, Switcher flip, TextField entry): Streamr's
 * {@code {type:"uiEvent", value?}} runtime request. The engine calls {@link #onUiEvent} on its own thread and then
 * propagates from the module, so whatever it sends reaches the canvas as one event.
 */
public interface UiEventTarget {
    /** Applies the widget event; send outputs here. Throw ModuleException for a malformed event. */
    void onUiEvent(Map<String, Object> event);
}
