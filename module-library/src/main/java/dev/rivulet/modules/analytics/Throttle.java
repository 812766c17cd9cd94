package dev.rivulet.modules.analytics;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Throttle: lets the first value through, then drops everything until intervalSeconds have passed since it; the next
 * value after that passes and starts a new interval ("first wins"). Nothing is held back or sent later (see Debounce
 * for "last wins"). Compared with RateLimit (n values per sliding span, in milliseconds) this is the common one-per-
 * interval case in seconds; for one value per key per interval, use Dedupe with a keyField.
 */
public final class Throttle extends ConfiguredModule {
    private final Input in = anyInput("in").help("Values that may come too often.");
    private final Parameter intervalSeconds = doubleParam("intervalSeconds", 1)
        .help("After a value passes, further values are dropped for this many seconds.");
    private final Output out = anyOutput("out").help("The values that passed: at most one per interval.");
    private final Output dropped = output("dropped", DataType.BOOLEAN)
        .help("For every value: true when it was dropped, false when it passed.");

    private boolean passedAny;
    private long lastPassed;
    private long interval;

    @Override
    protected void configure() {
        interval = Params.millis(intervalSeconds, false);
    }

    @Override
    protected void process() {
        long now = now();
        if (passedAny && now - lastPassed < interval) {
            dropped.send(true);
            return;
        }
        passedAny = true;
        lastPassed = now;
        out.sendFrom(in);
        dropped.send(false);
    }

    @Override
    public void clearState() {
        passedAny = false;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(passedAny);
        o.writeLong(lastPassed);
    }

    @Override
    protected void readState(DataInput din) throws IOException {
        passedAny = din.readBoolean();
        lastPassed = din.readLong();
    }
}
