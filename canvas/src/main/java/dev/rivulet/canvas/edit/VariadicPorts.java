package dev.rivulet.canvas.edit;

import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.document.VariadicNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grows and shrinks a variadic group on a copy of a module node, keeping Streamr's bookkeeping (index, isLast) and
 * the linked outputs of groups such as PassThrough's in sync. Pure functions: the caller makes the command.
 */
final class VariadicPorts {
    private VariadicPorts() {
    }

    /** Adds one port at the end of the group on the given side (and its linked output); false if there is none. */
    static boolean grow(ModuleNode node, boolean inputSide, boolean linkedOutputs) {
        List<PortNode> list = inputSide ? node.inputs : node.outputs;
        if (!growList(node, list, inputSide)) {
            return false;
        }
        if (inputSide && linkedOutputs) {
            growList(node, node.outputs, false);
        }
        return true;
    }

    /** The port shrink would remove, or null when the group has only one port left. */
    static PortNode lastOf(ModuleNode node, boolean inputSide) {
        List<PortNode> group = group(inputSide ? node.inputs : node.outputs);
        return group.size() <= 1 ? null : group.get(group.size() - 1);
    }

    static void shrink(ModuleNode node, boolean inputSide, boolean linkedOutputs) {
        removeLast(inputSide ? node.inputs : node.outputs);
        if (inputSide && linkedOutputs) {
            removeLast(node.outputs);
        }
    }

    /** True when the named port is the last of its variadic group (the spare one the editor keeps free). */
    static boolean isLast(ModuleNode node, String port, boolean inputSide) {
        List<PortNode> group = group(inputSide ? node.inputs : node.outputs);
        return !group.isEmpty() && group.get(group.size() - 1).name.equals(port);
    }

    static boolean hasGroup(ModuleNode node, boolean inputSide) {
        return !group(inputSide ? node.inputs : node.outputs).isEmpty();
    }

    private static boolean growList(ModuleNode node, List<PortNode> list, boolean inputSide) {
        List<PortNode> group = group(list);
        if (group.isEmpty()) {
            return false;
        }
        PortNode last = group.get(group.size() - 1);
        String prefix = last.name.replaceAll("\\d+$", "");
        int index = group.size() + 1;
        String name = free(node, prefix + index, inputSide);
        PortNode added = new PortNode(name);
        added.type = last.type;
        added.displayName = prefix + index;
        added.variadic = new VariadicNode();
        added.variadic.index = index;
        added.variadic.isLast = true;
        if (last.variadic.linkedOutput != null) {
            added.variadic.linkedOutput = last.variadic.linkedOutput.replaceAll("\\d+$", "") + index;
        }
        last.variadic.isLast = false;
        list.add(list.indexOf(last) + 1, added);
        return true;
    }

    private static void removeLast(List<PortNode> list) {
        List<PortNode> group = group(list);
        if (group.size() <= 1) {
            return;
        }
        list.remove(group.get(group.size() - 1));
        group.get(group.size() - 2).variadic.isLast = true;
    }

    private static List<PortNode> group(List<PortNode> list) {
        List<PortNode> group = new ArrayList<>();
        for (PortNode p : list) {
            if (p.variadic != null) {
                group.add(p);
            }
        }
        return group;
    }

    private static String free(ModuleNode node, String wanted, boolean inputSide) {
        Set<String> taken = new HashSet<>();
        if (inputSide) {
            node.inputs.forEach(p -> taken.add(p.name));
            node.params.forEach(p -> taken.add(p.name));
        } else {
            node.outputs.forEach(p -> taken.add(p.name));
        }
        String name = wanted;
        for (int k = 2; taken.contains(name); k++) {
            name = wanted + "_" + k;
        }
        return name;
    }
}
