package dev.rivulet.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The activation order for one event source: every module reachable from the origins over (non-feedback)
 * connections, sorted topologically (Kahn). After the source writes its outputs, {@link #propagate()} activates each
 * pending module in that order, so every module sees all of its inputs' new values from this event.
 */
public final class Propagator {
    private final ModuleInstance[] order;

    private Propagator(ModuleInstance[] order) {
        this.order = order;
    }

    /** Builds the order for the given origins; throws {@link CycleException} if the reachable graph has a cycle. */
    public static Propagator of(Collection<ModuleInstance> origins) {
        Set<ModuleInstance> reachable = new LinkedHashSet<>();
        ArrayDeque<ModuleInstance> stack = new ArrayDeque<>(origins);
        while (!stack.isEmpty()) {
            ModuleInstance m = stack.pop();
            if (!reachable.add(m)) {
                continue;
            }
            for (ModuleInstance next : successors(m)) {
                stack.push(next);
            }
        }
        Map<ModuleInstance, Integer> inDegree = new HashMap<>();
        for (ModuleInstance m : reachable) {
            inDegree.putIfAbsent(m, 0);
            for (ModuleInstance next : successors(m)) {
                inDegree.merge(next, 1, Integer::sum);
            }
        }
        ArrayDeque<ModuleInstance> ready = new ArrayDeque<>();
        for (ModuleInstance m : reachable) {
            if (inDegree.get(m) == 0) {
                ready.add(m);
            }
        }
        List<ModuleInstance> sorted = new ArrayList<>(reachable.size());
        while (!ready.isEmpty()) {
            ModuleInstance m = ready.poll();
            sorted.add(m);
            for (ModuleInstance next : successors(m)) {
                if (inDegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (sorted.size() != reachable.size()) {
            List<ModuleInstance> stuck = new ArrayList<>();
            for (ModuleInstance m : reachable) {
                if (!sorted.contains(m)) {
                    stuck.add(m);
                }
            }
            throw new CycleException(stuck);
        }
        return new Propagator(sorted.toArray(new ModuleInstance[0]));
    }

    /** Modules fed by m's outputs, one entry per connection (so in-degrees count connections). */
    static List<ModuleInstance> successors(ModuleInstance m) {
        List<ModuleInstance> next = new ArrayList<>();
        for (Output o : m.outputs()) {
            for (Input t : o.targets) {
                if (!t.feedback) {
                    next.add(t.owner);
                }
            }
        }
        return next;
    }

    /** Activates every pending module in order. Allocation-free. */
    public void propagate() {
        for (ModuleInstance m : order) {
            if (m.pending) {
                m.activate();
            }
        }
    }

    public List<ModuleInstance> order() {
        return List.of(order);
    }

    /** A loop among modules reachable from one source, which cannot be ordered. */
    public static final class CycleException extends RuntimeException {
        private final List<ModuleInstance> modules;

        public CycleException(List<ModuleInstance> modules) {
            super("cycle among " + modules + ": mark one of its connections as feedback to delay it by one step");
            this.modules = List.copyOf(modules);
        }

        public List<ModuleInstance> modules() {
            return modules;
        }
    }
}
