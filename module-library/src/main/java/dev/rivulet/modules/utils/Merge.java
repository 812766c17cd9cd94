package dev.rivulet.modules.utils;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's Merge: whatever arrives at A or B goes out. When both fire in the same event, B is sent first and then
 * A, as in Streamr, so modules downstream see A's value.
 *
 * <p>Either input may be left unconnected. Streamr also counted a connected input as ready before it had received
 * anything; the core has no such "always ready" input yet, so here a connected input must have received one value
 * before the module first fires (reported to the core engineer).
 */
public final class Merge extends ModuleInstance {
    private final Input a = anyInput("A").lockDriving().optional().alwaysReady().help("Values arriving here are sent out.");
    private final Input b = anyInput("B").lockDriving().optional().alwaysReady()
        .help("Values arriving here are sent out (before A's when both arrive together).");
    private final Output out = anyOutput("out").help("The value that arrived last, from either input.");

    @Override
    public void sendOutput() {
        if (b.wasTriggered()) {
            out.sendFrom(b);
        }
        if (a.wasTriggered()) {
            out.sendFrom(a);
        }
    }
}
