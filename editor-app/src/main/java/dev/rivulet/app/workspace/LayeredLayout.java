package dev.rivulet.app.workspace;

import dev.rivulet.canvas.geometry.Rect;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Automatic layout of modules as layers from left to right (sources first), with the Eclipse Layout Kernel's
 * layered algorithm. Pure geometry in, positions out: the caller leaves pinned modules out and applies the result as
 * one undoable move. The laid-out block keeps the top-left corner the modules had, so the view does not jump.
 *
 * <p>Usage: {@code Map<Integer, double[]> to = new LayeredLayout().layout(boxes, edges);}
 */
public final class LayeredLayout {
    private static final double BETWEEN_LAYERS = 70;
    private static final double BETWEEN_NODES = 30;

    /** A wire between two laid-out modules. */
    public record Edge(int from, int to) {
    }

    public LayeredLayout() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }

    /** New top-left corners for the given boxes; edges to modules outside {@code boxes} are ignored. */
    public Map<Integer, double[]> layout(Map<Integer, Rect> boxes, List<Edge> edges) {
        Map<Integer, double[]> to = new LinkedHashMap<>();
        if (boxes.isEmpty()) {
            return to;
        }
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, BETWEEN_LAYERS);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, BETWEEN_NODES);
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, BETWEEN_NODES * 2);
        Map<Integer, ElkNode> nodes = new HashMap<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (Map.Entry<Integer, Rect> e : boxes.entrySet()) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            n.setDimensions(e.getValue().width(), e.getValue().height());
            nodes.put(e.getKey(), n);
            minX = Math.min(minX, e.getValue().x());
            minY = Math.min(minY, e.getValue().y());
        }
        for (Edge edge : edges) {
            ElkNode a = nodes.get(edge.from());
            ElkNode b = nodes.get(edge.to());
            if (a != null && b != null && a != b) {
                ElkGraphUtil.createSimpleEdge(a, b);
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        double laidMinX = Double.MAX_VALUE;
        double laidMinY = Double.MAX_VALUE;
        for (ElkNode n : nodes.values()) {
            laidMinX = Math.min(laidMinX, n.getX());
            laidMinY = Math.min(laidMinY, n.getY());
        }
        for (Map.Entry<Integer, ElkNode> e : nodes.entrySet()) {
            to.put(e.getKey(), new double[] {Math.round(minX + e.getValue().getX() - laidMinX),
                Math.round(minY + e.getValue().getY() - laidMinY)});
        }
        return to;
    }
}
