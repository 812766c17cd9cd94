package dev.rivulet.canvas.geometry;

import dev.rivulet.core.DataType;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Size of a module and where its ports sit, relative to its top-left corner, computed from the document alone (no
 * fonts, no nodes). Wires, hit tests and culling use it for modules that have no node on screen, and skins lay out to
 * it, so a port circle and its wire end always meet. Parameters and inputs are on the left (parameters first, as in
 * Streamr), outputs on the right.
 *
 * <p>Usage: {@code ModuleGeometry g = ModuleGeometry.of(node, layout); double y = g.right("out").y();}
 */
public final class ModuleGeometry {
    public static final double HEADER = 22;
    public static final double ROW = 18;
    public static final double PAD = 5;
    public static final double PORT_RADIUS = 5;
    public static final double MIN_WIDTH = 110;
    public static final double MAX_WIDTH = 320;
    /** Rough advance of one character at the skins' 11-12 px font; generous so text rarely needs clipping. */
    static final double CHAR = 6.4;
    static final int MAX_VALUE_CHARS = 14;

    private final String title;
    private final double width;
    private final double height;
    private final double bodyTop;
    private final List<PortSlot> left;
    private final List<PortSlot> right;
    private final Map<String, PortSlot> leftByName = new HashMap<>();
    private final Map<String, PortSlot> rightByName = new HashMap<>();

    /** One port's row: its name, label, shown value (parameters), type and the y of its centre. */
    public record PortSlot(String name, String label, String value, boolean parameter, DataType type, double y) {
    }

    /**
     * Room a module keeps under its ports for a widget drawn in its body (a chart, a table): the size it gets when the
     * layout has none, and the smallest body a resize may leave.
     */
    public record Body(double width, double height, double minHeight) {
    }

    private ModuleGeometry(String title, double width, double height, double bodyTop, List<PortSlot> left,
                           List<PortSlot> right) {
        this.title = title;
        this.width = width;
        this.height = height;
        this.bodyTop = bodyTop;
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        for (PortSlot p : left) {
            leftByName.putIfAbsent(p.name(), p);
        }
        for (PortSlot p : right) {
            rightByName.putIfAbsent(p.name(), p);
        }
    }

    public static ModuleGeometry of(ModuleNode node, ModuleLayout layout) {
        return of(node, layout, null);
    }

    /** As {@link #of(ModuleNode, ModuleLayout)}, with room for a widget under the ports when {@code body} is given. */
    public static ModuleGeometry of(ModuleNode node, ModuleLayout layout, Body body) {
        List<PortSlot> left = new ArrayList<>(node.params.size() + node.inputs.size());
        List<PortSlot> right = new ArrayList<>(node.outputs.size());
        double maxLeft = 0;
        double maxRight = 0;
        int row = 0;
        for (PortNode p : node.params) {
            String value = valueText(p.value);
            left.add(new PortSlot(p.name, label(p), value, true, type(p), rowY(row++)));
            maxLeft = Math.max(maxLeft, label(p).length() + 1 + value.length());
        }
        for (PortNode p : node.inputs) {
            left.add(new PortSlot(p.name, label(p), null, false, type(p), rowY(row++)));
            maxLeft = Math.max(maxLeft, label(p).length());
        }
        int outRow = 0;
        for (PortNode p : node.outputs) {
            right.add(new PortSlot(p.name, label(p), null, false, type(p), rowY(outRow++)));
            maxRight = Math.max(maxRight, label(p).length());
        }
        String title = title(node);
        double natural = Math.max(title.length() * (CHAR + 0.6) + 28, (maxLeft + maxRight) * CHAR + 44);
        double width = clamp(natural, MIN_WIDTH, MAX_WIDTH);
        double height = HEADER + 2 * PAD + Math.max(1, Math.max(row, outRow)) * ROW;
        double bodyTop = height;
        if (body != null) {
            width = Math.max(width, body.width());
            height = bodyTop + body.height();
        }
        if (layout != null && layout.width != null && layout.width > 0) {
            width = Math.max(MIN_WIDTH, layout.width);
        }
        if (layout != null && layout.height != null) {
            double least = body != null ? bodyTop + body.minHeight() : height;
            if (body != null || layout.height > height) {
                height = Math.max(least, layout.height);
            }
        }
        return new ModuleGeometry(title, width, height, bodyTop, left, right);
    }

    public static String title(ModuleNode node) {
        return node.displayName != null ? node.displayName : node.name != null ? node.name : String.valueOf(node.type);
    }

    private static String label(PortNode p) {
        return p.displayName != null ? p.displayName : p.name;
    }

    private static DataType type(PortNode p) {
        if (p.type == null) {
            return DataType.OBJECT;
        }
        int space = p.type.indexOf(' ');
        return DataType.fromStreamr(space < 0 ? p.type : p.type.substring(0, space));
    }

    static String valueText(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
            ? Long.toString(d.longValue()) : String.valueOf(value);
        s = s.replace('\n', ' ');
        return s.length() > MAX_VALUE_CHARS ? s.substring(0, MAX_VALUE_CHARS - 1) + "…" : s;
    }

    private static double rowY(int row) {
        return HEADER + PAD + row * ROW + ROW / 2;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    public String title() {
        return title;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Where the rows of ports end: a widget skin draws its widget from here to the bottom. */
    public double bodyTop() {
        return bodyTop;
    }

    /** Parameters then inputs, top to bottom. */
    public List<PortSlot> left() {
        return left;
    }

    public List<PortSlot> right() {
        return right;
    }

    /** The input or parameter row of that name, or null. */
    public PortSlot left(String name) {
        return leftByName.get(name);
    }

    /** The output row of that name, or null. */
    public PortSlot right(String name) {
        return rightByName.get(name);
    }
}
