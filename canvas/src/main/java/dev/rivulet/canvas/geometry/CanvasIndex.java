package dev.rivulet.canvas.geometry;

import dev.rivulet.canvas.edit.CanvasChange;
import dev.rivulet.canvas.edit.CanvasGroup;
import dev.rivulet.canvas.geometry.ModuleGeometry.PortSlot;
import dev.rivulet.core.DataType;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where everything on a canvas is: each module's position and geometry, and each wire's end points, kept up to date
 * from the session's change events (only what changed is recomputed). The view culls, draws wires and hit-tests with
 * it, so modules without a node on screen still have ports and wires. A drag moves a set of modules by an offset
 * here, before the drop commits one move command.
 *
 * <p>Usage: {@code index.apply(edit.changes()); index.moduleAt(x, y)}.
 */
public final class CanvasIndex {
    private final CanvasDocument doc;
    private final java.util.function.Function<ModuleNode, ModuleGeometry.Body> bodies;
    private final Map<Integer, Entry> modules = new LinkedHashMap<>();
    private final List<Wire> wires = new ArrayList<>();
    private boolean wiresStale = true;
    private Set<Integer> dragged = Set.of();
    private double dragX;
    private double dragY;
    private final GroupFrames frames = new GroupFrames();
    private List<CanvasGroup> groups;
    private boolean groupsStale = true;
    private boolean anyHidden;
    private int groupsVersion;

    /** One module: its node, position (top-left) and geometry. */
    public static final class Entry {
        private final int hash;
        private ModuleNode node;
        private double x;
        private double y;
        private ModuleGeometry geometry;
        private boolean offset;
        /** The collapsed group box that hides this module, or null. */
        private GroupBox hiddenIn;

        Entry(int hash) {
            this.hash = hash;
        }

        public int hash() {
            return hash;
        }

        public ModuleNode node() {
            return node;
        }

        public ModuleGeometry geometry() {
            return geometry;
        }
    }

    /** One wire with its ends resolved; {@code type} is the sending port's type (the wire's colour). */
    public record Wire(ConnectionNode connection, Entry from, PortSlot out, Entry to, PortSlot in, DataType type) {
    }

    /** A port found by a hit test; {@code output} tells which side. */
    public record PortHit(int hash, String port, boolean output) {
    }

    public CanvasIndex(CanvasDocument doc) {
        this(doc, node -> null);
    }

    /** An index whose modules keep room for a widget where {@code bodies} gives one (see {@link ModuleGeometry.Body}). */
    public CanvasIndex(CanvasDocument doc, java.util.function.Function<ModuleNode, ModuleGeometry.Body> bodies) {
        this.doc = doc;
        this.bodies = bodies;
        for (ModuleNode m : doc.modules) {
            refresh(m.hash);
        }
        groups = CanvasGroup.read(doc);
    }

    /** Brings the index up to date with an edit; returns the hashes whose look (not just position) changed. */
    public Set<Integer> apply(List<CanvasChange> changes) {
        Set<Integer> restyled = new HashSet<>();
        for (CanvasChange c : changes) {
            if (c instanceof CanvasChange.ModuleMoved m) {
                move(m.hash());
            } else if (c instanceof CanvasChange.ModuleRemoved r) {
                modules.remove(r.hash());
                wiresStale = true;
            } else if (c instanceof CanvasChange.ModuleAdded a) {
                refresh(a.hash());
                restyled.add(a.hash());
                wiresStale = true;
            } else if (c instanceof CanvasChange.ModuleUpdated u) {
                refresh(u.hash());
                restyled.add(u.hash());
                wiresStale = true;
            } else if (c instanceof CanvasChange.GroupsChanged) {
                groups = CanvasGroup.read(doc);
            } else {
                wiresStale = true;
            }
        }
        // members moved, came or went, or wires changed: frames and collapsed boxes follow
        groupsStale = true;
        return restyled;
    }

    private void refresh(int hash) {
        ModuleNode node = doc.module(hash).orElse(null);
        if (node == null) {
            modules.remove(hash);
            return;
        }
        Entry e = modules.computeIfAbsent(hash, Entry::new);
        e.node = node;
        ModuleLayout layout = doc.ui.of(hash);
        e.geometry = ModuleGeometry.of(node, layout, bodies.apply(node));
        e.x = layout == null ? 0 : layout.x;
        e.y = layout == null ? 0 : layout.y;
    }

    private void move(int hash) {
        Entry e = modules.get(hash);
        ModuleLayout layout = doc.ui.of(hash);
        if (e != null && layout != null) {
            e.x = layout.x;
            e.y = layout.y;
        }
    }

    public Collection<Entry> modules() {
        return modules.values();
    }

    public Entry module(int hash) {
        return modules.get(hash);
    }

    public int size() {
        return modules.size();
    }

    /** Left edge, including the drag offset for dragged modules. */
    public double x(Entry e) {
        return e.offset ? e.x + dragX : e.x;
    }

    public double y(Entry e) {
        return e.offset ? e.y + dragY : e.y;
    }

    public Rect bounds(Entry e) {
        return new Rect(x(e), y(e), e.geometry.width(), e.geometry.height());
    }

    /**
     * Shows the given modules moved by (dx, dy) until {@link #clearDrag()}, without touching the document. Returns
     * true when the set of dragged modules changed (a drag began).
     */
    public boolean drag(Set<Integer> hashes, double dx, double dy) {
        boolean began = !hashes.equals(dragged);
        if (began) {
            clearDrag();
            dragged = Set.copyOf(hashes);
            for (int h : dragged) {
                Entry e = modules.get(h);
                if (e != null) {
                    e.offset = true;
                }
            }
        }
        dragX = dx;
        dragY = dy;
        groupsStale = true;
        return began;
    }

    public boolean dragging() {
        return !dragged.isEmpty();
    }

    public boolean dragged(Entry e) {
        return e.offset;
    }

    public void clearDrag() {
        for (int h : dragged) {
            Entry e = modules.get(h);
            if (e != null) {
                e.offset = false;
            }
        }
        dragged = Set.of();
        dragX = 0;
        dragY = 0;
        groupsStale = true;
    }

    // ---- groups -------------------------------------------------------------------------------------------------

    /** The frames and collapsed boxes of the module groups, up to date with positions, drags and wires. */
    public List<GroupBox> groups() {
        ensureGroups();
        return frames.boxes();
    }

    /** Changes whenever the group boxes were recomputed (a view relocates its group nodes then). */
    public int groupsVersion() {
        ensureGroups();
        return groupsVersion;
    }

    /** True when a collapsed group hides this module (it has no node, no hit and its wires end on the group). */
    public boolean hidden(Entry e) {
        ensureGroups();
        return e.hiddenIn != null;
    }

    /**
     * The end points of a wire as drawn, in canvas units, into {@code ends} (x1, y1, x2, y2): a port of a module
     * hidden by a collapsed group is drawn on the group box's edge. False when both ends are inside one collapsed
     * group (the wire is not drawn).
     */
    public boolean wireEnds(Wire w, double[] ends) {
        ensureGroups();
        GroupBox fromBox = anyHidden ? w.from().hiddenIn : null;
        GroupBox toBox = anyHidden ? w.to().hiddenIn : null;
        if (fromBox != null && fromBox == toBox) {
            return false;
        }
        if (fromBox == null) {
            ends[0] = x(w.from()) + w.from().geometry.width();
            ends[1] = y(w.from()) + w.out().y();
        } else {
            ends[0] = fromBox.frame().maxX();
            ends[1] = frames.anchorY(w.from().hash, w.out().name(), true);
        }
        if (toBox == null) {
            ends[2] = x(w.to());
            ends[3] = y(w.to()) + w.in().y();
        } else {
            ends[2] = toBox.frame().x();
            ends[3] = frames.anchorY(w.to().hash, w.in().name(), false);
        }
        return true;
    }

    private void ensureGroups() {
        if (!groupsStale) {
            return;
        }
        groupsStale = false;
        if (groups.isEmpty() && !anyHidden && frames.boxes().isEmpty()) {
            return;
        }
        for (Entry e : modules.values()) {
            e.hiddenIn = null;
        }
        Map<Integer, GroupBox> hidden = frames.compute(this, groups, wires());
        hidden.forEach((h, box) -> {
            Entry e = modules.get(h);
            if (e != null) {
                e.hiddenIn = box;
            }
        });
        anyHidden = !hidden.isEmpty();
        groupsVersion++;
    }

    /** Wires with both ends on the canvas, grouped by type so they can be stroked in one path per colour. */
    /**
     * The wire passing within {@code tolerance} of a canvas point (the nearest), or null. Follows the curve the wire
     * layer draws: out of the output to the right, into the input from the left, bending by half the run.
     */
    public Wire wireAt(double x, double y, double tolerance) {
        Wire best = null;
        double bestDistance = tolerance;
        for (Wire w : wires()) {
            double x1 = x(w.from()) + w.from().geometry().width();
            double y1 = y(w.from()) + w.out().y();
            double x2 = x(w.to());
            double y2 = y(w.to()) + w.in().y();
            double bend = Math.max(30, Math.abs(x2 - x1) / 2);
            if (x < Math.min(x1, x2 - bend) - tolerance || x > Math.max(x1 + bend, x2) + tolerance
                || y < Math.min(y1, y2) - tolerance || y > Math.max(y1, y2) + tolerance) {
                continue;
            }
            double px = x1;
            double py = y1;
            for (int i = 1; i <= 32; i++) {
                double t = i / 32.0;
                double u = 1 - t;
                double qx = u * u * u * x1 + 3 * u * u * t * (x1 + bend) + 3 * u * t * t * (x2 - bend) + t * t * t * x2;
                double qy = u * u * u * y1 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y2;
                double d = segmentDistance(x, y, px, py, qx, qy);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = w;
                }
                px = qx;
                py = qy;
            }
        }
        return best;
    }

    private static double segmentDistance(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
        return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    }

    public List<Wire> wires() {
        if (wiresStale) {
            wires.clear();
            for (ConnectionNode c : doc.connections) {
                Entry from = modules.get(c.from.module);
                Entry to = modules.get(c.to.module);
                if (from == null || to == null) {
                    continue;
                }
                PortSlot out = from.geometry.right(c.from.port);
                PortSlot in = to.geometry.left(c.to.port);
                if (out != null && in != null) {
                    wires.add(new Wire(c, from, out, to, in, out.type()));
                }
            }
            wires.sort(Comparator.comparing(Wire::type));
            wiresStale = false;
        }
        return wires;
    }

    /** The topmost module under a canvas point, or null. */
    public Entry moduleAt(double cx, double cy) {
        ensureGroups();
        Entry hit = null;
        for (Entry e : modules.values()) {
            if (e.hiddenIn == null && bounds(e).contains(cx, cy)) {
                hit = e;
            }
        }
        return hit;
    }

    /** The port whose circle is within {@code radius} canvas units of the point, or null. */
    public PortHit portAt(double cx, double cy, double radius) {
        PortHit best = null;
        double bestDistance = radius * radius;
        ensureGroups();
        for (Entry e : modules.values()) {
            double x = x(e);
            double y = y(e);
            if (e.hiddenIn != null || !bounds(e).grow(radius).contains(cx, cy)) {
                continue;
            }
            for (PortSlot p : e.geometry.left()) {
                double d = sq(cx - x) + sq(cy - y - p.y());
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new PortHit(e.hash, p.name(), false);
                }
            }
            for (PortSlot p : e.geometry.right()) {
                double d = sq(cx - x - e.geometry.width()) + sq(cy - y - p.y());
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new PortHit(e.hash, p.name(), true);
                }
            }
        }
        return best;
    }

    /** Modules whose box meets the rectangle (a marquee), in document order. */
    public List<Integer> modulesIn(Rect r) {
        List<Integer> hits = new ArrayList<>();
        ensureGroups();
        for (Entry e : modules.values()) {
            if (e.hiddenIn == null && bounds(e).intersects(r)) {
                hits.add(e.hash);
            }
        }
        return hits;
    }

    private static double sq(double v) {
        return v * v;
    }
}
