package dev.rivulet.modules.utils;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's SamplerConditional: when triggerIf receives a true value, sends the latest value. The value input never
 * drives the module (both driving flags are locked, as in Streamr), so new values only wait to be sampled.
 *
 * <p>A true trigger that arrives before any value has been seen is not lost: by the activation rule the module stays
 * pending and samples the first value when it arrives (Streamr behaves the same way).
 */
public final class SampleIf extends ModuleInstance {
    private final Input triggerIf = booleanInput("triggerIf").lockDriving()
        .help("Each true value samples the value input; false values are ignored. Numbers count as true unless 0.");
    private final Input value = anyInput("value").notDriving().lockDriving()
        .help("The value to sample. Arriving values are stored but do not trigger anything by themselves.");
    private final Output out = anyOutput("value").help("The value at the moment triggerIf was true.");

    @Override
    public void sendOutput() {
        if (triggerIf.wasTriggered() && triggerIf.getBoolean()) {
            out.sendFrom(value);
        }
    }
}
