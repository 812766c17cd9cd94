package dev.rivulet.modules.visualization;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Streamr's TimeSeriesChart: one line per connected input, plotted against engine time.
 *
 * <p>The "inputs" option sets how many inputs (in1..inN) the module has; lowering it removes the inputs above the new
 * count, as in Streamr. A document without the option keeps its saved inputs, and saved inputs with other names are
 * kept too, so that importing never drops a connection. Each connected input becomes a series, numbered in input order and named after the
 * output that feeds it (its display name if renamed, else "Module.output", with 2, 3... added to repeated names, as
 * in Streamr). Every activation plots a point for each input that fired; NaN values are skipped. Unconnected inputs
 * are ignored.
 */
public final class Chart extends ModuleInstance {
    static final int MAX_INPUTS = 100;

    private Input[] series = new Input[0];
    private String[] seriesNames = new String[0];
    private String configError;

    public Chart() {
        option("inputs", "int", 2, "How many inputs the chart has (each connected input is one line).");
        option("yAxis", "list", List.of(),
            "Y axis of each series, by series number; empty means each series gets its own axis.");
        option("dataGrouping", "boolean", true, "Group dense points when zoomed out (display only).");
        option("overnightBreak", "boolean", true, "Break the lines between days (display only).");
        option("uiResendLast", "int", 500, "Points resent to a widget that attaches late.");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        // an older document without the option: its saved inputs decide
        boolean fromOption = node.optionValue("inputs", null) != null || node.inputs.isEmpty();
        int count = fromOption ? inputCount() : 0;
        for (int i = 1; i <= count; i++) {
            addSeriesInput("in" + i);
        }
        for (PortNode saved : node.inputs) {
            boolean numbered = saved.name.matches("in[1-9]\\d{0,8}");
            boolean dropped = fromOption && numbered && Integer.parseInt(saved.name.substring(2)) > count;
            if (input(saved.name) == null && !dropped) {
                addSeriesInput(saved.name);
            }
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    /** The "inputs" option; a bad value is remembered and reported by {@link #initialize()}. */
    private int inputCount() {
        int count;
        try {
            count = optionInt("inputs");
        } catch (NumberFormatException e) {
            configError = "option inputs must be a whole number, not \"" + option("inputs") + "\"";
            return 2;
        }
        if (count < 0 || count > MAX_INPUTS) {
            configError = "option inputs must be between 0 and " + MAX_INPUTS + ", not " + count;
            return Math.max(0, Math.min(count, MAX_INPUTS));
        }
        return count;
    }

    private void addSeriesInput(String name) {
        doubleInput(name).optional().alwaysReady().help("Numbers to plot as one line (connect an output to add a series).");
    }

    @Override
    public void initialize() {
        if (configError != null) {
            throw new ModuleException(configError);
        }
        List<Input> connected = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Input in : inputs()) {
            if (!in.isConnected()) {
                continue;
            }
            String base = seriesName(in.source());
            String n = base;
            for (int k = 2; names.contains(n); k++) {
                n = base + k;
            }
            connected.add(in);
            names.add(n);
        }
        series = connected.toArray(new Input[0]);
        seriesNames = names.toArray(new String[0]);
        context().publish(this, new UiMessage.ChartInit(now(), List.copyOf(names)));
    }

    private static String seriesName(Output source) {
        return source.displayName().equals(source.name()) ? source.longName() : source.displayName();
    }

    @Override
    public void sendOutput() {
        long t = now();
        for (int i = 0; i < series.length; i++) {
            Input in = series[i];
            if (in.wasTriggered()) {
                double y = in.getDouble();
                if (!Double.isNaN(y)) {
                    context().publish(this, new UiMessage.ChartPoint(t, i, seriesNames[i], y));
                }
            }
        }
    }

    @Override
    public boolean canClearState() {
        return false;
    }
}
