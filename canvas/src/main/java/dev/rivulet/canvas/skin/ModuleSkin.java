package dev.rivulet.canvas.skin;

import dev.rivulet.canvas.edit.ModulePorts;
import dev.rivulet.canvas.geometry.DetailLevel;
import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.ModuleNode;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * How one module looks on the canvas. The view owns position, culling and input handling; a skin only draws the
 * module inside the box its {@link ModuleGeometry} gives, with port centres where the geometry says, so wires drawn
 * by the view meet them. Skins are chosen by the module type's widget kind (see {@link ModuleSkins}); a chart or table
 * skin will draw its widget in the body later.
 *
 * <p>Usage: {@code ModuleSkin s = skins.create(node); s.update(node, geometry, ports); layer.add(s.node());}
 */
public interface ModuleSkin {

    /** The node to put on the module layer; the view positions it with {@code relocate}. */
    Node node();

    /** The module's content changed (or the skin is new): redraw names, ports and values. */
    void update(ModuleNode module, ModuleGeometry geometry, ModulePorts ports);

    void setSelected(boolean selected);

    /** Validation problems of this module; empty hides the badge. */
    void setProblems(List<Problem> problems);

    /** FULL or COMPACT (OVERVIEW modules have no skin on screen). */
    void setDetail(DetailLevel detail);

    /**
     * While a wire is dragged: the state of each receiving port by name ({@code null} ends the drag). Skins show
     * compatible ports highlighted and the others dimmed.
     */
    void showPortStates(Function<String, PortState> stateOfReceivingPort);

    /** What the module does in a run (null: the canvas is not running); skins that show nothing ignore it. */
    default void setRunStatus(ModuleRunStatus status) {
    }
}
