package dev.rivulet.runtime.engine;

import dev.rivulet.core.AsyncEvents;
import dev.rivulet.core.ModuleInstance;

/**
 * Where a module hands results that arrive on other threads (an HTTP response, an MQTT message, a finished SMTP
 * send) back to the engine thread. Each posted event runs on the engine thread as an event of its own: first the
 * {@code stage} action (which only stores the result in the module), then the module is activated, so its
 * {@code sendOutput()} sends what was staged and the values propagate downstream like any other event.
 *
 * <p>Usage, from a network callback: {@code events.post(this, () -> arrived.add(message));} and in
 * {@code sendOutput()}: {@code Object m = arrived.poll(); if (m != null) { out.send(m); return; }}
 *
 * <p>It is module-library's {@link AsyncEvents} seen from runtime-bridge, so modules of other jars (the wallet's
 * Ethereum modules, which cannot depend on runtime-bridge) receive the same queue through
 * {@link dev.rivulet.core.AsyncEventSource}.
 */
public interface ExternalEvents extends AsyncEvents {
    /**
     * Queues an event; safe from any thread and never blocks. Returns false when the event was dropped: the run has
     * ended, or the queue is full because the canvas cannot keep up (the engine reports drops).
     */
    @Override
    boolean post(ModuleInstance module, Runnable stage);
}
