package dev.rivulet.core.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Wires are kept as two int arrays and checked first by peeling off modules with no incoming wire (Kahn's
 * algorithm); only a canvas that has a loop builds the JGraphT graph to name it. Almost every canvas has none, and
 * validation runs on every load and edit, so the common case allocates a few arrays instead of a graph.
 */
final class CycleCheck {
    /** Module hashes by position (document order, which decides where a cycle is reported). */
    private final int[] hashes;
    private final int modules;
    /** Hash → position; built only when there is a loop to name. */
    private Map<Integer, Integer> order;
    private int[] from;
    private int[] to;
    private int wires;

    /** The first {@code modules} entries of {@code hashes} are the modules; sized for the expected wires (it grows). */
    CycleCheck(int[] hashes, int modules, int expectedWires) {
        this.hashes = hashes;
        this.modules = modules;
        from = new int[Math.max(16, expectedWires)];
        to = new int[from.length];
    }

    /** A non-feedback connection between the modules at two positions. */
    void wire(int fromModule, int toModule) {
        if (wires == from.length) {
            from = Arrays.copyOf(from, wires * 2);
            to = Arrays.copyOf(to, wires * 2);
        }
        from[wires] = fromModule;
        to[wires] = toModule;
        wires++;
    }

    /** Each cycle as a closed path of module hashes, first module repeated at the end. */
    List<List<Integer>> cycles() {
        if (acyclic()) {
            return List.of();
        }
        order = new HashMap<>();
        for (int i = 0; i < modules; i++) {
            order.put(hashes[i], i);
        }
        Graph<Integer, DefaultEdge> graph = graph();
        List<List<Integer>> result = new ArrayList<>();
        for (Set<Integer> scc : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            int start = Collections.min(scc, Comparator.comparing(order::get));
            if (scc.size() == 1 && !graph.containsEdge(start, start)) {
                continue;
            }
            result.add(shortestLoop(graph, start, scc));
        }
        result.sort(Comparator.comparing(c -> order.get(c.get(0))));
        return result;
    }

    /** True when repeatedly removing modules without incoming wires removes them all. */
    private boolean acyclic() {
        int n = modules;
        int[] incoming = new int[n];
        int[] firstOut = new int[n + 1];
        for (int w = 0; w < wires; w++) {
            incoming[to[w]]++;
            firstOut[from[w] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            firstOut[v + 1] += firstOut[v];
        }
        int[] targets = new int[wires];
        int[] fill = Arrays.copyOf(firstOut, n);
        for (int w = 0; w < wires; w++) {
            targets[fill[from[w]]++] = to[w];
        }
        int[] ready = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (incoming[v] == 0) {
                ready[tail++] = v;
            }
        }
        while (head < tail) {
            int v = ready[head++];
            for (int e = firstOut[v]; e < firstOut[v + 1]; e++) {
                if (--incoming[targets[e]] == 0) {
                    ready[tail++] = targets[e];
                }
            }
        }
        return tail == n;
    }

    private Graph<Integer, DefaultEdge> graph() {
        Graph<Integer, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        for (int i = 0; i < modules; i++) {
            graph.addVertex(hashes[i]);
        }
        for (int w = 0; w < wires; w++) {
            graph.addEdge(hashes[from[w]], hashes[to[w]]);
        }
        return graph;
    }

    /** Breadth-first from the start module back to itself, staying inside its component. */
    private List<Integer> shortestLoop(Graph<Integer, DefaultEdge> graph, int start, Set<Integer> scc) {
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
