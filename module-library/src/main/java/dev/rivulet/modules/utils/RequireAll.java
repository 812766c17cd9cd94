package dev.rivulet.modules.utils;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's RequireAll: waits until every connected input has received a new value since it last fired, then sends
 * each input's latest value to its linked output (out1 first) and starts waiting again.
 *
 * <p>Streamr's version compared the inputs that fired in the current event with all inputs, so after its first firing
 * it fired only when every input arrived in one and the same event; inputs arriving in different events never made
 * it fire again. Here new values are remembered across events until all have arrived, which is what the module's
 * name and description promise. Every input drives the module and the flag cannot be turned off (as in Streamr).
 */
public final class RequireAll extends ModuleInstance {
    private final VariadicGroup ins = linkedVariadic("in", "out", 1).lockDriving(true);
    private Input[] inArray = new Input[0];
    private Output[] outArray = new Output[0];
    private boolean[] fresh = new boolean[0];

    @Override
    protected void onConfiguration(ModuleNode node) {
        for (Input in : ins.inputs()) {
            in.help("A value to wait for; it goes to the output with the same number once every connected input"
                + " has a new value.");
        }
        for (Output o : ins.linked().outputs()) {
            o.help("The latest value of the input with the same number, sent when all inputs have new values.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        inArray = ins.inputs().toArray(new Input[0]);
        outArray = ins.linked().outputs().toArray(new Output[0]);
        fresh = new boolean[inArray.length];
    }

    @Override
    public void sendOutput() {
        boolean all = true;
        for (int i = 0; i < inArray.length; i++) {
            Input in = inArray[i];
            if (!in.isConnected()) {
                continue;
            }
            if (in.wasTriggered()) {
                fresh[i] = true;
            }
            all &= fresh[i];
        }
        if (!all) {
            return;
        }
        for (int i = 0; i < inArray.length; i++) {
            if (inArray[i].isConnected()) {
                fresh[i] = false;
                outArray[i].sendFrom(inArray[i]);
            }
        }
    }

    @Override
    public void clearState() {
        java.util.Arrays.fill(fresh, false);
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeInt(fresh.length);
        for (boolean f : fresh) {
            o.writeBoolean(f);
        }
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            boolean f = in.readBoolean();
            if (i < fresh.length) {
                fresh[i] = f;
            }
        }
    }
}
