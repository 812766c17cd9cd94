package dev.rivulet.modules.timeseries;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Random;

/**
 * Streamr's RandomNumberGaussian: a normally distributed random number with the given mean and standard deviation on
 * every trigger. An sd of 0 always sends the mean (Streamr sent nothing, without saying why); a negative sd is an
 * error.
 *
 * <p>The generator is a {@link Random} seeded from the "seed" option, as in Streamr's ModuleWithRandomness, so a seed
 * gives the same numbers as in Streamr, and clearing the state restarts the sequence. Streamr gave each new module a
 * random seed and saved it; here a new module gets seed 0, meaning "a fresh random seed on every run", because module
 * defaults must be the same every time a module is created (identical canvases from identical edits). Imported Streamr
 * canvases keep their saved seeds and so replay their sequences.
 *
 * <p>A snapshot stores the seed in use and how many numbers were drawn; restoring replays that many draws (millions
 * per second), which puts the generator exactly where it was without serializing it.
 */
public final class RandomNumberGaussian extends ModuleInstance {
    private final Parameter mean = doubleParam("mean", 0).help("Centre of the distribution.");
    private final Parameter sd = doubleParam("sd", 1)
        .help("Standard deviation (0 or more): about two thirds of the numbers fall within one sd of the mean.");
    private final Input trigger = anyInput("trigger").help("Any value arriving here draws a new number.");
    private final Output out = doubleOutput("out").help("A random number from the normal distribution.");
    /** The seed option (0 = random per run) and the seed actually in use. */
    private long configuredSeed;
    private long seed = new Random().nextLong();
    private Random random = new Random(seed);
    private long draws;
    private String seedError;

    public RandomNumberGaussian() {
        option("seed", "int", 0, "Seed of the random sequence: any number other than 0 gives the same numbers every "
            + "run; 0 picks a new sequence each run.");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        Object s = option("seed");
        seedError = null;
        if (s instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            configuredSeed = n.longValue();
        } else {
            try {
                configuredSeed = Long.parseLong(String.valueOf(s).trim());
            } catch (NumberFormatException e) {
                // reported on start rather than breaking the canvas on load
                seedError = "seed must be a whole number, got \"" + s + "\"";
            }
        }
        seed = configuredSeed != 0 ? configuredSeed : new Random().nextLong();
        random = new Random(seed);
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        check(mean.getDouble(), sd.getDouble());
    }

    @Override
    public void sendOutput() {
        double m = mean.getDouble();
        double s = sd.getDouble();
        check(m, s);
        if (s == 0) {
            out.send(m);
            return;
        }
        draws++;
        out.send(random.nextGaussian() * s + m);
    }

    private void check(double m, double s) {
        if (seedError != null) {
            throw new ModuleException(seedError);
        }
        if (!Double.isFinite(m)) {
            throw new ModuleException("mean must be a finite number, got " + mean.getString());
        }
        if (!(s >= 0) || !Double.isFinite(s)) {
            throw new ModuleException("sd must be a finite number, 0 or more, got " + sd.getString());
        }
    }

    @Override
    public void clearState() {
        random = new Random(seed);
        draws = 0;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeLong(configuredSeed);
        o.writeLong(seed);
        o.writeLong(draws);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        long savedOption = i.readLong();
        long savedSeed = i.readLong();
        long savedDraws = i.readLong();
        if (savedOption != configuredSeed) {
            // the seed option was changed since the snapshot: the new seed starts its own sequence
            return;
        }
        seed = savedSeed;
        random = new Random(seed);
        for (long k = 0; k < savedDraws; k++) {
            random.nextGaussian();
        }
        draws = savedDraws;
    }
}
