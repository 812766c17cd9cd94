package dev.rivulet.modules.composite;

import dev.rivulet.core.EmbeddedCanvas;
import dev.rivulet.core.Input;

/**
 * Streamr's Canvas module (SignalPath): a saved canvas used as a module. The sub-canvas's exported inputs, parameters
 * and outputs are this module's ports; it runs as a full canvas inside this one, sharing the run's clock (its Clock
 * and time windows tick) and widget sink (its widgets' messages carry paths like "7/5": module 5 inside Canvas module
 * 7).
 *
 * <p>In Streamr the exported endpoints themselves were moved onto the SignalPath module, so values reached the inner
 * modules directly. Here each activation hands the values over: inputs that fired arrive in the sub-canvas as new
 * values (driving its modules as they would be driven there), the others are placed there silently (so inner modules
 * read the latest value, as with Streamr's shared endpoint); then the sub-canvas propagates, and whatever its exported
 * outputs send leaves this module's outputs at once, in the same pass of the parent canvas. The ports are always
 * ready: each inner module waits for its own inputs, as it did in Streamr.
 */
public final class CanvasModule extends SingleSubCanvasHost {
    /** {@code inner} as a list, for the engine's delivery of stream records (made when inner changes, not per call). */

    @Override
    protected void createPorts() {
        exportedIn = new Input[sub.inputs.size()];
        for (int i = 0; i < exportedIn.length; i++) {
            exportedIn[i] = mirrorInput(sub.inputs.get(i));
        }
        exportedOut = new dev.rivulet.core.Output[sub.outputs.size()];
        for (int i = 0; i < exportedOut.length; i++) {
            exportedOut[i] = mirrorOutput(sub.outputs.get(i));
        }
    }

    @Override
    public void initialize() {
        super.initialize();
        if (inner != null) {
            inner.stop();
        }
        setInner(startInner(path() + "/", currentValues(), (i, value) -> exportedOut[i].sendFrom(value)));
    }

    @Override
    public void sendOutput() {
        for (int i = 0; i < exportedIn.length; i++) {
            Input in = exportedIn[i];
            if (in.wasTriggered()) {
                inner.feed(i, in);
            } else {
                inner.set(i, in);
            }
        }
        inner.propagate();
    }

    /** Forwards the clock; inputs that changed without firing are placed in the sub-canvas first. */
    @Override
    public void onTime(long epochMillis) {
        if (inner == null || !inner.hasTimeListeners()) {
            return;
        }
        for (int i = 0; i < exportedIn.length; i++) {
            inner.set(i, exportedIn[i]);
        }
        inner.tick(epochMillis);
    }
}
