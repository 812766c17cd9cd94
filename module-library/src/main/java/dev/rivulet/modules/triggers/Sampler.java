package dev.rivulet.modules.triggers;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's Sampler: every value arriving at trigger, whatever it is, sends the latest value of the value input. Only
 * the trigger drives the module, and both driving flags are locked as in Streamr, so new values just wait to be
 * sampled. A trigger that comes before any value is not lost: the module stays pending and samples the first value
 * when it arrives (Streamr's activation rule).
 */
public final class Sampler extends ModuleInstance {
    private final Input trigger = anyInput("trigger").lockDriving()
        .help("Any value arriving here (of any type) samples the value input.");
    private final Input value = anyInput("value").notDriving().lockDriving()
        .help("The value to sample. Arriving values are stored but trigger nothing by themselves.");
    private final Output out = anyOutput("value").help("The value input's value at the moment of each trigger.");

    @Override
    public void sendOutput() {
        if (trigger.wasTriggered()) {
            out.sendFrom(value);
        }
    }
}
