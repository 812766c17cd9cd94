package dev.rivulet.canvas.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Align and distribute: new top-left corners for a set of module boxes. Pure geometry, so the rules are tested
 * without a scene; the view turns the result into one undoable move.
 *
 * <p>Usage: {@code Map<Integer, double[]> to = Arrange.apply(Arrange.Kind.ALIGN_LEFT, boxes);}
 */
public final class Arrange {

    /** The arrangements the Canvas menu offers. */
    public enum Kind {
        ALIGN_LEFT("Align left"), ALIGN_CENTER("Align centres"), ALIGN_RIGHT("Align right"),
        ALIGN_TOP("Align top"), ALIGN_MIDDLE("Align middles"), ALIGN_BOTTOM("Align bottom"),
        DISTRIBUTE_HORIZONTALLY("Distribute horizontally"), DISTRIBUTE_VERTICALLY("Distribute vertically");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private Arrange() {
    }

    /** New positions (hash to {x, y}) for every box; distributing needs three boxes, else nothing moves. */
    public static Map<Integer, double[]> apply(Kind kind, Map<Integer, Rect> boxes) {
        Map<Integer, double[]> to = new LinkedHashMap<>();
        if (boxes.size() < 2) {
            return to;
        }
        double minX = boxes.values().stream().mapToDouble(Rect::x).min().orElse(0);
        double maxX = boxes.values().stream().mapToDouble(Rect::maxX).max().orElse(0);
        double minY = boxes.values().stream().mapToDouble(Rect::y).min().orElse(0);
        double maxY = boxes.values().stream().mapToDouble(Rect::maxY).max().orElse(0);
        switch (kind) {
            case ALIGN_LEFT -> boxes.forEach((h, r) -> to.put(h, new double[] {minX, r.y()}));
            case ALIGN_RIGHT -> boxes.forEach((h, r) -> to.put(h, new double[] {maxX - r.width(), r.y()}));
            case ALIGN_CENTER -> boxes.forEach((h, r) -> to.put(h, new double[] {(minX + maxX - r.width()) / 2, r.y()}));
            case ALIGN_TOP -> boxes.forEach((h, r) -> to.put(h, new double[] {r.x(), minY}));
            case ALIGN_BOTTOM -> boxes.forEach((h, r) -> to.put(h, new double[] {r.x(), maxY - r.height()}));
            case ALIGN_MIDDLE -> boxes.forEach((h, r) -> to.put(h, new double[] {r.x(), (minY + maxY - r.height()) / 2}));
            case DISTRIBUTE_HORIZONTALLY -> distribute(boxes, to, true);
            case DISTRIBUTE_VERTICALLY -> distribute(boxes, to, false);
        }
        return to;
    }

    /** Equal gaps between neighbours; the outermost boxes stay where they are. */
    private static void distribute(Map<Integer, Rect> boxes, Map<Integer, double[]> to, boolean horizontal) {
        if (boxes.size() < 3) {
            return;
        }
        List<Map.Entry<Integer, Rect>> sorted = new ArrayList<>(boxes.entrySet());
        sorted.sort(Comparator.comparingDouble(e -> horizontal ? e.getValue().x() : e.getValue().y()));
        double start = horizontal ? sorted.get(0).getValue().x() : sorted.get(0).getValue().y();
        Rect last = sorted.get(sorted.size() - 1).getValue();
        double end = horizontal ? last.maxX() : last.maxY();
        double total = 0;
        for (Map.Entry<Integer, Rect> e : sorted) {
            total += horizontal ? e.getValue().width() : e.getValue().height();
        }
        double gap = (end - start - total) / (sorted.size() - 1);
        double at = start;
        for (Map.Entry<Integer, Rect> e : sorted) {
            Rect r = e.getValue();
            to.put(e.getKey(), horizontal ? new double[] {at, r.y()} : new double[] {r.x(), at});
            at += (horizontal ? r.width() : r.height()) + gap;
        }
    }
}
