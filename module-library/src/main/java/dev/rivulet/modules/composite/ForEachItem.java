package dev.rivulet.modules.composite;

import dev.rivulet.core.DataType;
import dev.rivulet.core.EmbeddedCanvas;
import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.modules.list.CollectionValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Streamr's ForEachItem: runs a sub-canvas once per item of its list inputs. Every exported input (or parameter) of
 * the sub-canvas becomes a List input of the same name here, every exported output a List output. On each activation
 * item i of every list is delivered to the sub-canvas, which propagates; then each output list gets, at position i,
 * the latest value of the matching exported output (null while it has sent nothing). The number of items run is the
 * length of the shortest list, sent on {@code numOfItems}.
 *
 * <p>{@code keepState} as in Streamr: when false, the sub-canvas's state is cleared after each activation's lists
 * have been processed (the items of one list still run through the same state, one after the other); when true it
 * carries over to the next lists. Null items are skipped (null cannot travel along a connection), but they still
 * count for their position.
 *
 * <p>Port names are the exported ports' display names (Streamr's effective names), made unique with 2, 3, ...
 */
public final class ForEachItem extends SingleSubCanvasHost {
    private final Parameter keepState = booleanParam("keepState", false).help("Keep the sub-canvas's state from one"
        + " activation to the next; when off, it starts afresh for every set of lists.");
    private final Output numOfItems = doubleOutput("numOfItems").help("How many times the sub-canvas ran: the length"
        + " of the shortest input list.");

    /** {@code inner} as a list, for the engine's delivery of stream records (made when inner changes, not per call). */

    @Override
    protected void createPorts() {
        if (sub.inputs.isEmpty()) {
            reportConfigurationProblem("sub-canvas " + sub.label() + " has no exported inputs; ForEachItem needs at least one"
                + " (right-click a port in the sub-canvas to export it)");
        }
        exportedIn = new Input[sub.inputs.size()];
        for (int i = 0; i < exportedIn.length; i++) {
            SubCanvas.Exported e = sub.inputs.get(i);
            Input in = listInput(inputName(e.displayName()));
            describe(in, e, true, "A list whose items feed " + e.longName() + " in the sub-canvas, one per run.");
            exportedIn[i] = in;
        }
        exportedOut = new Output[sub.outputs.size()];
        for (int i = 0; i < exportedOut.length; i++) {
            SubCanvas.Exported e = sub.outputs.get(i);
            Output o = output(outputName(e.displayName()), DataType.LIST);
            describe(o, e, false, "The values of " + e.longName() + " in the sub-canvas after each run, as a list.");
            exportedOut[i] = o;
        }
    }

    @Override
    public void initialize() {
        super.initialize();
        if (inner != null) {
            inner.stop();
        }
        // the exported inputs are fed list items, not the lists: no presets
        setInner(startInner(path() + "/", null, null));
    }

    @Override
    public void sendOutput() {
        int n = Integer.MAX_VALUE;
        List<?>[] lists = new List<?>[exportedIn.length];
        for (int j = 0; j < lists.length; j++) {
            lists[j] = exportedIn[j].getList();
            n = Math.min(n, lists[j].size());
        }
        if (lists.length == 0) {
            n = 0;
        }
        List<List<Object>> collected = new ArrayList<>(exportedOut.length);
        for (int o = 0; o < exportedOut.length; o++) {
            collected.add(new ArrayList<>(n));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < lists.length; j++) {
                inner.feedValue(j, lists[j].get(i));
            }
            inner.propagate();
            for (int o = 0; o < exportedOut.length; o++) {
                Output innerOut = inner.exportedOutput(o);
                collected.get(o).add(innerOut == null ? null : innerOut.lastValue());
            }
        }
        for (int o = 0; o < exportedOut.length; o++) {
            exportedOut[o].send(CollectionValues.freeze(collected.get(o)));
        }
        numOfItems.send(n);
        if (!keepState.getBoolean()) {
            inner.clearState();
        }
    }

    @Override
    public void onTime(long epochMillis) {
        if (inner != null) {
            inner.tick(epochMillis);
        }
    }
}
