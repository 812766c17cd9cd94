package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Streamr's RandomString: a random text of {@code length} characters each time {@code trigger} receives a value.
 *
 * <p>As in Streamr, the characters come from the {@code symbols} option (digits and lower case letters by default)
 * and the sequence from the {@code seed} option: with a seed, every run of the canvas produces the same texts and
 * "clear" starts the sequence again. Streamr gave each new module a random seed; here the default is 0, meaning a
 * new random sequence in every run, so that a newly placed module is the same everywhere (documents, golden files
 * and generated canvases stay reproducible). Set a seed to get Streamr's repeatable replays.
 */
public final class RandomString extends ModuleInstance {
    static final String DEFAULT_SYMBOLS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int MAX_LENGTH = 1_000_000;

    private final Parameter length = doubleParam("length", 10)
        .help("How many characters, a whole number from 0 to " + MAX_LENGTH + ".");
    private final Input trigger = anyInput("trigger").help("Any value arriving here makes a new text.");
    private final Output out = stringOutput("out").help("The random text.");
    private char[] symbols = DEFAULT_SYMBOLS.toCharArray();
    private long seed;
    private long state;

    {
        option("symbols", "string", DEFAULT_SYMBOLS, "The characters to draw from, each equally likely.");
        option("seed", "int", 0, "Starting point of the random sequence: the same seed gives the same texts in"
            + " every run; 0 gives different texts in every run.");
    }

    @Override
    public void initialize() {
        Object s = option("symbols");
        symbols = (s == null ? "" : s.toString()).toCharArray();
        if (symbols.length == 0) {
            throw new ModuleException("the symbols option is empty: give the characters to draw from");
        }
        try {
            seed = optionInt("seed");
            if (seed == 0) {
                seed = ThreadLocalRandom.current().nextLong();
            }
        } catch (NumberFormatException e) {
            throw new ModuleException("the seed option must be a whole number, not \"" + option("seed") + "\"");
        }
        state = seed;
        length();
    }

    @Override
    public void sendOutput() {
        int n = length();
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = symbols[nextIndex(symbols.length)];
        }
        out.send(new String(chars));
    }

    private int length() {
        double l = length.getDouble();
        if (!(l >= 0) || l > MAX_LENGTH || l != Math.rint(l)) {
            throw new ModuleException("length must be a whole number from 0 to " + MAX_LENGTH + ", not "
                + length.getString());
        }
        return (int) l;
    }

    @Override
    public void clearState() {
        state = seed;
    }

    /** Snapshots keep the position in the sequence, so a restored run goes on with the texts it would have made. */
    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeLong(state);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        state = in.readLong();
    }

    /** SplitMix64: a tiny generator whose whole state is one long, so snapshots are trivial. */
    private int nextIndex(int bound) {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) (((z >>> 32) * bound) >>> 32);
    }
}
