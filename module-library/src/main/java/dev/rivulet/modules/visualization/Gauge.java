package dev.rivulet.modules.visualization;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.UiMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streamr's Gauge: a dial showing the latest value between min and max. The first value publishes
 * {@code {type:"init", v, min, max, title}}, later ones {@code {type:"u", v}}, as in Streamr.
 *
 * <p>Two additions, both because Streamr's gauge could show a wrong scale or break its widget: a change of min or max
 * (live, or from a connected module) publishes a new init so the dial rescales, where Streamr kept the first scale;
 * and NaN values are skipped (a dial cannot point at NaN, and it is not valid JSON), as the Chart skips them.
 */
public final class Gauge extends ModuleInstance {
    private final Parameter min = doubleParam("min", -1).help("The value at the left end of the dial.");
    private final Parameter max = doubleParam("max", 1).help("The value at the right end of the dial.");
    private final Input value = doubleInput("value").help("The value the dial points at.");
    private boolean initSent;
    private double sentMin;
    private double sentMax;

    public Gauge() {
        option("title", "string", "", "Title shown above the dial.");
        option("titleStyle", "string", "", "CSS style of the title (display only).");
        option("labels", "boolean", true, "Show the scale's labels.");
        option("labelFormatter", "string", "", "How the scale's labels are formatted (display only).");
        option("labelStyle", "string", "", "CSS style of the scale's labels (display only).");
        option("uiResendLast", "int", 1, "Messages resent to a widget that attaches late.");
    }

    @Override
    public void sendOutput() {
        double v = value.getDouble();
        if (Double.isNaN(v)) {
            return;
        }
        double lo = min.getDouble();
        double hi = max.getDouble();
        Map<String, Object> msg = new LinkedHashMap<>();
        if (!initSent || Double.compare(lo, sentMin) != 0 || Double.compare(hi, sentMax) != 0) {
            msg.put("type", "init");
            msg.put("v", v);
            msg.put("min", lo);
            msg.put("max", hi);
            msg.put("title", String.valueOf(option("title")));
            initSent = true;
            sentMin = lo;
            sentMax = hi;
        } else {
            msg.put("type", "u");
            msg.put("v", v);
        }
        context().publish(this, new UiMessage.Generic(now(), (String) msg.get("type"), msg));
    }

    /** The dial keeps its position through "clear" (Streamr's Gauge had nothing to clear either). */
    @Override
    public boolean canClearState() {
        return false;
    }
}
