package dev.rivulet.modules.time;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's TimeOfEvent: the engine time of the event that reached {@code trigger}, in milliseconds since 1970
 * (UTC). In historical runs that is the replayed time. The trigger is always driving, as in Streamr.
 */
public final class TimeOfEvent extends ModuleInstance {
    private final Input trigger = anyInput("trigger").lockDriving()
        .help("Any value; its arrival time is sent.");
    private final Output timestamp = doubleOutput("timestamp")
        .help("The time of the event in milliseconds since 1970-01-01 00:00 UTC.");

    @Override
    public void sendOutput() {
        timestamp.send((double) now());
    }
}
