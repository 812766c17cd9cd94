package dev.rivulet.canvas.geometry;

import dev.rivulet.canvas.edit.CanvasGroup;
import dev.rivulet.canvas.geometry.CanvasIndex.Entry;
import dev.rivulet.canvas.geometry.CanvasIndex.Wire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the {@link GroupBox}es of a canvas from its groups, the members' current boxes (drag offsets included)
 * and its wires, and which modules a collapsed group hides. Only {@link CanvasIndex} uses it, when something changed.
 */
final class GroupFrames {
    /** A member port wired across a collapsed group's edge. */
    record AnchorKey(int hash, String port, boolean output) {
    }

    private final List<GroupBox> boxes = new ArrayList<>();
    private final Map<AnchorKey, Double> anchorY = new HashMap<>();

    List<GroupBox> boxes() {
        return boxes;
    }

    /** The height of a hidden member port's wire end on its collapsed box, or NaN. */
    double anchorY(int hash, String port, boolean output) {
        Double y = anchorY.get(new AnchorKey(hash, port, output));
        return y == null ? Double.NaN : y;
    }

    /** Recomputes everything; returns the collapsed box of each hidden module. */
    Map<Integer, GroupBox> compute(CanvasIndex index, List<CanvasGroup> groups, List<Wire> wires) {
        boxes.clear();
        anchorY.clear();
        Map<Integer, GroupBox> hidden = new HashMap<>();
        Map<Integer, String> groupOf = new HashMap<>();
        for (CanvasGroup g : groups) {
            for (int h : g.members()) {
                groupOf.putIfAbsent(h, g.id());
            }
        }
        for (CanvasGroup g : groups) {
            List<Integer> members = new ArrayList<>();
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int h : g.members()) {
                Entry e = index.module(h);
                if (e == null || !g.id().equals(groupOf.get(h))) {
                    continue;
                }
                members.add(h);
                Rect b = index.bounds(e);
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.maxX());
                maxY = Math.max(maxY, b.maxY());
            }
            if (members.isEmpty()) {
                continue;
            }
            double x = minX - GroupBox.PAD;
            double y = minY - GroupBox.PAD - GroupBox.TITLE;
            if (!g.collapsed()) {
                boxes.add(new GroupBox(g.id(), g.title(), false, members,
                    new Rect(x, y, maxX - minX + 2 * GroupBox.PAD, maxY - minY + 2 * GroupBox.PAD + GroupBox.TITLE),
                    List.of(), List.of()));
                continue;
            }
            List<Wire> in = new ArrayList<>();
            List<Wire> out = new ArrayList<>();
            for (Wire w : wires) {
                boolean fromInside = g.id().equals(groupOf.get(w.from().hash()));
                boolean toInside = g.id().equals(groupOf.get(w.to().hash()));
                if (toInside && !fromInside) {
                    in.add(w);
                } else if (fromInside && !toInside) {
                    out.add(w);
                }
            }
            in.sort(Comparator.comparingDouble(w -> index.y(w.to()) + w.in().y()));
            out.sort(Comparator.comparingDouble(w -> index.y(w.from()) + w.out().y()));
            List<GroupBox.Anchor> inputs = anchors(in, false, y);
            List<GroupBox.Anchor> outputs = anchors(out, true, y);
            int rows = Math.max(1, Math.max(inputs.size(), outputs.size()));
            GroupBox box = new GroupBox(g.id(), g.title(), true, members,
                new Rect(x, y, GroupBox.COLLAPSED_WIDTH, GroupBox.TITLE + rows * GroupBox.ROW + 8), inputs, outputs);
            boxes.add(box);
            members.forEach(h -> hidden.put(h, box));
        }
        return hidden;
    }

    private List<GroupBox.Anchor> anchors(List<Wire> wires, boolean output, double top) {
        List<GroupBox.Anchor> anchors = new ArrayList<>();
        for (Wire w : wires) {
            int hash = output ? w.from().hash() : w.to().hash();
            String port = output ? w.out().name() : w.in().name();
            AnchorKey key = new AnchorKey(hash, port, output);
            if (!anchorY.containsKey(key)) {
                double ay = top + GroupBox.TITLE + 4 + GroupBox.ROW * (anchors.size() + 0.5);
                anchorY.put(key, ay);
                anchors.add(new GroupBox.Anchor(hash, port, w.type(), ay));
            }
        }
        return anchors;
    }
}
