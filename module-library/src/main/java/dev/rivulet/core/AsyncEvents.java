package dev.rivulet.core;

/**
 * Where a module hands results that arrive on other threads (a chain event, a mined transaction) back to the engine
 * thread: each posted event runs there as an event of its own, first {@code stage} (which only stores the result in
 * the module), then the module is activated, so its {@code sendOutput()} sends what was staged. Engine hosts that
 * deliver such events (runtime-bridge's ExternalEventQueue) implement this; modules that live outside runtime-bridge
 * (the wallet's Ethereum modules) see it through {@link AsyncEventSource}.
 *
 * <p>Usage, from a worker thread: {@code events.post(this, () -> arrived.add(result));}
 */
public interface AsyncEvents {
    /** Queues an event; safe from any thread and never blocks. False when it was dropped (run ended, queue full). */
    boolean post(ModuleInstance module, Runnable stage);
}
