package dev.rivulet.canvas.geometry;

import dev.rivulet.core.DataType;
import java.util.List;

/**
 * Where a module group is drawn, in canvas units: expanded, a frame around its members with a title bar on top;
 * collapsed, one box (same top-left corner) whose edges carry the group's external wires, one anchor per member port
 * wired to a module outside the group.
 *
 * @param members the hashes of the members on the canvas now
 * @param frame the frame (expanded) or the box (collapsed), title bar included
 */
public record GroupBox(String id, String title, boolean collapsed, List<Integer> members, Rect frame,
                       List<Anchor> inputs, List<Anchor> outputs) {
    /** Height of the title bar, in canvas units. */
    public static final double TITLE = 26;
    /** Space between the members' boxes and the frame. */
    public static final double PAD = 14;
    /** Width of a collapsed group's box. */
    public static final double COLLAPSED_WIDTH = 190;
    /** Spacing of the anchors on a collapsed box's edges. */
    public static final double ROW = 18;

    public GroupBox {
        members = List.copyOf(members);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The title bar: where the group is dragged, collapsed and expanded. */
    public Rect titleBar() {
        return new Rect(frame.x(), frame.y(), frame.width(), TITLE);
    }

    /** One wire end on a collapsed box: the member port it stands for, and its height on the edge. */
    public record Anchor(int hash, String port, DataType type, double y) {
    }
}
