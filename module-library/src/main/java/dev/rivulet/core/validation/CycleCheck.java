package dev.rivulet.core.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Finds loops among modules wired without feedback: each strongly connected component with more than one module (or
 * a module wired to itself) holds at least one cycle; we name the shortest one through its first module.
 */
final class CycleCheck {
    private final Graph<Integer, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
    private final Map<Integer, Integer> order = new HashMap<>();

    /** Adds modules in document order (the order decides where a cycle is reported). */
    void module(int hash) {
        if (graph.addVertex(hash)) {
            order.put(hash, order.size());
        }
    }

    /** A non-feedback connection between two existing modules. */
    void wire(int from, int to) {
        graph.addEdge(from, to);
    }

    /** Each cycle as a closed path of module hashes, first module repeated at the end. */
    List<List<Integer>> cycles() {
        List<List<Integer>> result = new ArrayList<>();
        for (Set<Integer> scc : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            int start = Collections.min(scc, Comparator.comparing(order::get));
            if (scc.size() == 1 && !graph.containsEdge(start, start)) {
                continue;
            }
            result.add(shortestLoop(start, scc));
        }
        result.sort(Comparator.comparing(c -> order.get(c.get(0))));
        return result;
    }

    /** Breadth-first from the start module back to itself, staying inside its component. */
    private List<Integer> shortestLoop(int start, Set<Integer> scc) {
        Map<Integer, Integer> parent = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            List<Integer> next = Graphs.successorListOf(graph, v);
            next.sort(Comparator.comparing(order::get));
            for (int w : next) {
                if (w == start) {
                    List<Integer> path = new ArrayList<>();
                    path.add(start);
                    for (int u = v; u != start; u = parent.get(u)) {
                        path.add(1, u);
                    }
                    path.add(start);
                    return path;
                }
                if (scc.contains(w) && !parent.containsKey(w)) {
                    parent.put(w, v);
                    queue.add(w);
                }
            }
        }
        throw new IllegalStateException("component without a loop through " + start);
    }
}
