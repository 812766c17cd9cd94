package dev.rivulet.canvas.edit;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The editing facade of one open canvas: every change to its document goes through a {@link Command} on one undo
 * stack, and every command done, undone or redone is announced to listeners as a {@link CanvasEdit} listing what
 * changed. Requests the rules do not allow come back as a refused {@link EditResult} with a reason and change nothing.
 * Views read {@link #document()} and never write it. Not thread-safe: use it from one thread (the FX thread).
 *
 * <p>Usage:
 * <pre>{@code
 * EditSession session = new EditSession(doc, registry);
 * int a = session.addModule("constant", 40, 40);
 * int b = session.addModule("abs", 300, 40);
 * EditResult r = session.connect(a, "out", b, "in");
 * session.undo();
 * }</pre>
 */
public final class EditSession {
    private static final int HISTORY = 1000;

    private final CanvasDocument doc;
    private final PortCatalog ports;
    private final DocumentEditor editor;
    private final ConnectionRules rules;
    private final ModuleEdits moduleEdits;
    private final GroupEdits groupEdits;
    private final CommandStack stack = new CommandStack(HISTORY);
    private final List<CanvasEdit.Listener> listeners = new CopyOnWriteArrayList<>();
    private int nextHash;
    private long revision;
    private EditGate gate = EditGate.OPEN;

    /**
     * Decides whether an edit may happen now: a running canvas is read-only except for parameter values. A refused
     * command changes nothing and its reason comes back in the {@link EditResult}.
     */
    @FunctionalInterface
    public interface EditGate {
        EditGate OPEN = command -> Optional.empty();

        /** Why the command may not run now, or empty when it may. */
        Optional<String> refusal(Command command);
    }

    public EditSession(CanvasDocument doc, ModuleRegistry registry) {
        this.doc = doc;
        this.ports = new PortCatalog(registry);
        this.editor = new DocumentEditor(doc, ports);
        this.rules = new ConnectionRules(editor, ports);
        this.moduleEdits = new ModuleEdits(editor, ports);
        this.groupEdits = new GroupEdits(doc, editor::contains);
        int max = 0;
        for (ModuleNode m : doc.modules) {
            max = Math.max(max, m.hash);
        }
        nextHash = max + 1;
    }

    /** The document being edited. Read it; change it only through this session. */
    public CanvasDocument document() {
        return doc;
    }

    public PortCatalog ports() {
        return ports;
    }

    public ModuleRegistry registry() {
        return ports.registry();
    }

    public Optional<ModuleNode> module(int hash) {
        return editor.module(hash);
    }

    /** Where a module is, or null when the document has no layout for it. */
    public ModuleLayout layoutOf(int hash) {
        return doc.ui.of(hash);
    }

    /** Counts edits (done, undone, redone); tells whether anything changed since a value was read. */
    public long revision() {
        return revision;
    }

    /** Sets the gate every edit, undo and redo passes ({@link EditGate#OPEN}: everything allowed). */
    public void setGate(EditGate gate) {
        this.gate = gate == null ? EditGate.OPEN : gate;
    }

    /** Replaces the canvas's run settings (a copy is kept), as one undoable step named {@code description}. */
    public EditResult setSettings(dev.rivulet.document.CanvasSettings settings, String description) {
        return execute(new SettingsCommand(description, doc.settings, settings));
    }

    /** Resizes a module (a widget's body); one undoable step. Null width or height goes back to the natural size. */
    public EditResult resizeModule(int hash, Double width, Double height) {
        if (!editor.contains(hash)) {
            return EditResult.refused("no such module");
        }
        ModuleLayout l = doc.ui.of(hash);
        Double w0 = l == null ? null : l.width;
        Double h0 = l == null ? null : l.height;
        if (java.util.Objects.equals(w0, width) && java.util.Objects.equals(h0, height)) {
            return EditResult.refused("nothing to resize");
        }
        return execute(new ResizeModuleCommand(hash, w0, h0, width, height));
    }

    public void addListener(CanvasEdit.Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(CanvasEdit.Listener listener) {
        listeners.remove(listener);
    }

    // ---- edits ---------------------------------------------------------------------------------------------

    /** Puts a new module of the given type at (x, y) and returns its hash (-1 when the gate refuses edits). */
    public int addModule(String typeId, double x, double y) {
        ModuleNode node = ports.registry().newNode(typeId, freshHash());
        EditResult r = execute(new AddModulesCommand("Add " + node.name, List.of(node),
            Map.of(node.hash, new ModuleLayout(x, y)), List.of()));
        return r.done() ? node.hash : -1;
    }

    public EditResult removeModules(Collection<Integer> hashes) {
        Set<Integer> present = new LinkedHashSet<>();
        for (int h : hashes) {
            if (editor.contains(h)) {
                present.add(h);
            }
        }
        if (present.isEmpty()) {
            return EditResult.refused("nothing to delete");
        }
        return execute(new RemoveModulesCommand(present));
    }

    /** Moves modules by the same offset (one command for a whole drag). */
    public EditResult moveModules(Collection<Integer> hashes, double dx, double dy) {
        Map<Integer, double[]> from = new LinkedHashMap<>();
        Map<Integer, double[]> to = new LinkedHashMap<>();
        for (int h : hashes) {
            if (editor.contains(h)) {
                ModuleLayout l = doc.ui.of(h);
                double x = l == null ? 0 : l.x;
                double y = l == null ? 0 : l.y;
                from.put(h, new double[] {x, y});
                to.put(h, new double[] {x + dx, y + dy});
            }
        }
        if (to.isEmpty() || dx == 0 && dy == 0) {
            return EditResult.refused("nothing to move");
        }
        return execute(new MoveModulesCommand(from, to));
    }

    /**
     * Moves modules to the given positions (hash to {x, y}) as one command named for the Edit menu; used by align,
     * distribute and layout. Modules already in place are left out; refused when none moves.
     */
    public EditResult moveModulesTo(Map<Integer, double[]> positions, String description) {
        Map<Integer, double[]> from = new LinkedHashMap<>();
        Map<Integer, double[]> to = new LinkedHashMap<>();
        positions.forEach((h, p) -> {
            ModuleLayout l = doc.ui.of(h);
            if (editor.contains(h) && (l == null || l.x != p[0] || l.y != p[1])) {
                from.put(h, new double[] {l == null ? 0 : l.x, l == null ? 0 : l.y});
                to.put(h, new double[] {p[0], p[1]});
            }
        });
        if (to.isEmpty()) {
            return EditResult.refused("nothing to move");
        }
        return execute(new MoveModulesCommand(from, to, description));
    }

    /**
     * Adds a module at (x, y) and wires the given output into its first compatible input or parameter, as one
     * command ("drop a wire on empty space"). Returns the new module's hash; it is added unwired when no receiving
     * port fits (see {@link #firstCompatibleInput}).
     */
    public int addModuleConnected(String typeId, double x, double y, int fromHash, String fromPort) {
        ModuleNode node = ports.registry().newNode(typeId, freshHash());
        AddModulesCommand add = new AddModulesCommand("Add " + node.name, List.of(node),
            Map.of(node.hash, new ModuleLayout(x, y)), List.of());
        if (gate.refusal(add).isPresent()) {
            return -1;
        }
        Optional<String> target = firstCompatibleInput(node, fromHash, fromPort);
        add.apply(editor);
        Command done = add;
        if (target.isPresent() && rules.check(fromHash, fromPort, node.hash, target.get()).isAllowed()) {
            Command wire = connection(List.of(), fromHash, fromPort, node.hash, target.get(),
                "Connect " + fromPort + " → " + target.get());
            wire.apply(editor);
            done = new CompositeCommand("Add " + node.name + " connected to " + fromPort, List.of(add, wire));
        }
        stack.pushDone(done);
        announce(done.description(), CanvasEdit.Origin.DO);
        return node.hash;
    }

    /** The first input (then parameter) of a new module of this type that the given output could feed. */
    public Optional<String> firstCompatibleInput(String typeId, int fromHash, String fromPort) {
        return firstCompatibleInput(ports.registry().newNode(typeId, -1), fromHash, fromPort);
    }

    private Optional<String> firstCompatibleInput(ModuleNode node, int fromHash, String fromPort) {
        Optional<PortInfo> out = editor.module(fromHash).flatMap(m -> ports.of(m).output(fromPort));
        if (out.isEmpty()) {
            return Optional.empty();
        }
        ModulePorts mp = ports.describe(node);
        List<PortInfo> receiving = new ArrayList<>(mp.inputs());
        receiving.addAll(mp.params());
        return receiving.stream().filter(p -> out.get().types().compatibleWith(p.types())).map(PortInfo::name)
            .findFirst();
    }

    public List<CanvasComment> comments() {
        return CanvasComment.read(doc);
    }

    /** Adds a comment (a resizable note) and returns its id. */
    public String addComment(double x, double y, String text) {
        List<CanvasComment> before = comments();
        List<CanvasComment> after = new ArrayList<>(before);
        String id = "c" + java.util.UUID.randomUUID().toString().substring(0, 8);
        after.add(new CanvasComment(id, x, y, 220, 110, text));
        execute(LayoutListCommand.comments("Add comment", before, after));
        return id;
    }

    /** Replaces a comment by id (moved, resized or edited), as one command named for what changed. */
    public EditResult updateComment(CanvasComment changed) {
        List<CanvasComment> before = comments();
        List<CanvasComment> after = new ArrayList<>(before);
        for (int i = 0; i < after.size(); i++) {
            CanvasComment old = after.get(i);
            if (old.id().equals(changed.id())) {
                if (old.equals(changed)) {
                    return EditResult.refused("nothing changed");
                }
                after.set(i, changed);
                String what = !old.text().equals(changed.text()) ? "Edit comment"
                    : old.width() != changed.width() || old.height() != changed.height() ? "Resize comment"
                    : "Move comment";
                return execute(LayoutListCommand.comments(what, before, after));
            }
        }
        return EditResult.refused("no such comment");
    }

    public EditResult removeComment(String id) {
        List<CanvasComment> before = comments();
        List<CanvasComment> after = new ArrayList<>(before);
        if (!after.removeIf(c -> c.id().equals(id))) {
            return EditResult.refused("no such comment");
        }
        return execute(LayoutListCommand.comments("Delete comment", before, after));
    }

    /** The module groups, in drawing order. */
    public List<CanvasGroup> groups() {
        return groupEdits.groups();
    }

    /** The group a module belongs to, if any. */
    public Optional<CanvasGroup> groupOf(int hash) {
        return Optional.ofNullable(groupEdits.groupOf(hash));
    }

    /**
     * Groups modules under a title (blank: "Group N") as one command; modules leave the groups they were in. Returns
     * the new group's id, or empty when no module was given.
     */
    public Optional<String> group(Collection<Integer> hashes, String title) {
        String[] id = new String[1];
        return plan(() -> groupEdits.group(hashes, title, id)).done() ? Optional.of(id[0]) : Optional.empty();
    }

    /** Dissolves groups (the modules stay where they are) as one command. */
    public EditResult ungroup(Collection<String> groupIds) {
        return plan(() -> groupEdits.ungroup(groupIds));
    }

    /** Collapses a group to one box, or expands it back. */
    public EditResult setGroupCollapsed(String groupId, boolean collapsed) {
        return plan(() -> groupEdits.setCollapsed(groupId, collapsed));
    }

    public EditResult renameGroup(String groupId, String title) {
        return plan(() -> groupEdits.rename(groupId, title));
    }

    /** True when automatic layout must leave the module where it is. */
    public boolean isPinned(int hash) {
        ModuleLayout l = doc.ui.of(hash);
        return l != null && Boolean.TRUE.equals(l.extra(DocumentEditor.PINNED));
    }

    /** Pins or unpins modules as one command; refused when none changes. */
    public EditResult setPinned(Collection<Integer> hashes, boolean pinned) {
        Map<Integer, Boolean> before = new LinkedHashMap<>();
        for (int h : hashes) {
            if (editor.contains(h) && isPinned(h) != pinned) {
                before.put(h, isPinned(h));
            }
        }
        if (before.isEmpty()) {
            return EditResult.refused(pinned ? "already pinned" : "not pinned");
        }
        return execute(new PinModulesCommand(before, pinned));
    }

    public ConnectionCheck checkConnection(int fromHash, String fromPort, int toHash, String toPort) {
        return rules.check(fromHash, fromPort, toHash, toPort);
    }

    /** Wires an output into a free, compatible input or parameter; refuses anything else, with the reason. */
    public EditResult connect(int fromHash, String fromPort, int toHash, String toPort) {
        ConnectionCheck check = rules.check(fromHash, fromPort, toHash, toPort);
        if (!check.isAllowed()) {
            return EditResult.refused(check.reason());
        }
        return execute(connection(List.of(), fromHash, fromPort, toHash, toPort,
            "Connect " + fromPort + " → " + toPort));
    }

    /** Wires an output into a compatible input, replacing the connection the input had (if any), as one step. */
    public EditResult replaceConnection(int fromHash, String fromPort, int toHash, String toPort) {
        ConnectionCheck check = rules.check(fromHash, fromPort, toHash, toPort);
        if (!check.isCompatible()) {
            return EditResult.refused(check.reason());
        }
        List<Command> before = check.existing() == null ? List.of()
            : List.of(new DisconnectCommand(List.of(check.existing())));
        return execute(connection(before, fromHash, fromPort, toHash, toPort, "Replace connection"));
    }

    private Command connection(List<Command> before, int fromHash, String fromPort, int toHash, String toPort,
                               String description) {
        List<Command> parts = new ArrayList<>(before);
        parts.add(new ConnectCommand(new ConnectionNode(fromHash, fromPort, toHash, toPort), description));
        ModuleNode target = editor.module(toHash).orElseThrow();
        if (VariadicPorts.isLast(target, toPort, true)) {
            // Streamr keeps one free port at the end of a variadic group: connecting the last one grows it
            try {
                parts.add(moduleEdits.grow(toHash, true));
            } catch (Refusal cannotGrow) {
                // not a growable group after all: the connection alone
            }
        }
        return parts.size() == 1 ? parts.get(0) : new CompositeCommand(description, parts);
    }

    public EditResult disconnect(Collection<ConnectionNode> connections) {
        List<ConnectionNode> present = new ArrayList<>();
        for (ConnectionNode c : connections) {
            if (doc.connections.stream().anyMatch(x -> x == c)) {
                present.add(c);
            }
        }
        if (present.isEmpty()) {
            return EditResult.refused("no such connection");
        }
        return execute(new DisconnectCommand(present));
    }

    public EditResult setParameter(int hash, String param, Object value) {
        return plan(() -> moduleEdits.setParameter(hash, param, value));
    }

    /** Sets a secret parameter to a reference into a secret store (no value in the document); see ModuleEdits. */
    public EditResult setSecretParameter(int hash, String param, String secretRef) {
        return plan(() -> moduleEdits.setSecretRef(hash, param, secretRef));
    }

    public EditResult setOption(int hash, String option, Object value) {
        return plan(() -> moduleEdits.setOption(hash, option, value));
    }

    /** Sets the module's display name; a blank name goes back to the type's name. */
    public EditResult rename(int hash, String displayName) {
        return plan(() -> moduleEdits.rename(hash, displayName));
    }

    public EditResult renamePort(int hash, String port, String displayName) {
        return plan(() -> moduleEdits.renamePort(hash, port, displayName));
    }

    public EditResult setPortFlag(int hash, String port, PortFlag flag, boolean on) {
        return plan(() -> moduleEdits.setFlag(hash, port, flag, on));
    }

    /** Sets (or, with null, clears) the value an input holds before its first event. */
    public EditResult setInitialValue(int hash, String input, Object value) {
        return plan(() -> moduleEdits.setInitialValue(hash, input, value));
    }

    /** Adds a port at the end of the module's variadic inputs (or outputs), with its linked output. */
    public EditResult growVariadic(int hash, boolean inputs) {
        return plan(() -> moduleEdits.grow(hash, inputs));
    }

    /** Removes the last port of the module's variadic group; refused while it is connected or the only one. */
    public EditResult shrinkVariadic(int hash, boolean inputs) {
        return plan(() -> moduleEdits.shrink(hash, inputs));
    }

    public CanvasClip copy(Collection<Integer> hashes) {
        return CanvasClip.of(doc, hashes);
    }

    /**
     * Pastes a clip with fresh hashes, offset by (dx, dy), as one command; returns the new modules' hashes in clip
     * order (empty for an empty clip).
     */
    public List<Integer> paste(CanvasClip clip, double dx, double dy) {
        if (clip.isEmpty()) {
            return List.of();
        }
        Map<Integer, Integer> fresh = new HashMap<>();
        List<ModuleNode> modules = new ArrayList<>();
        Map<Integer, ModuleLayout> layouts = new HashMap<>();
        for (ModuleNode m : clip.modules()) {
            ModuleNode copy = m.copy();
            copy.hash = freshHash();
            fresh.put(m.hash, copy.hash);
            modules.add(copy);
            ModuleLayout l = clip.layouts().get(m.hash);
            ModuleLayout moved = l == null ? new ModuleLayout(0, 0) : l.copy();
            moved.x += dx;
            moved.y += dy;
            layouts.put(copy.hash, moved);
        }
        List<ConnectionNode> connections = new ArrayList<>();
        for (ConnectionNode c : clip.connections()) {
            Integer from = fresh.get(c.from.module);
            Integer to = fresh.get(c.to.module);
            if (from != null && to != null) {
                ConnectionNode copy = c.copy();
                copy.from.module = from;
                copy.to.module = to;
                connections.add(copy);
            }
        }
        AddModulesCommand add = new AddModulesCommand(modules.size() == 1 ? "Paste module"
            : "Paste " + modules.size() + " modules", modules, layouts, connections);
        return execute(add).done() ? add.hashes() : List.of();
    }

    // ---- the stack ------------------------------------------------------------------------------------------

    /** Does a command, puts it on the undo stack (clearing redo) and tells listeners what changed. */
    public EditResult execute(Command command) {
        Optional<String> refused = gate.refusal(command);
        if (refused.isPresent()) {
            return EditResult.refused(refused.get());
        }
        command.apply(editor);
        stack.pushDone(command);
        announce(command.description(), CanvasEdit.Origin.DO);
        return EditResult.ok();
    }

    public boolean undo() {
        if (stack.nextUndo().flatMap(gate::refusal).isPresent()) {
            return false;
        }
        Optional<Command> c = stack.popUndo();
        c.ifPresent(command -> {
            command.revert(editor);
            announce(command.description(), CanvasEdit.Origin.UNDO);
        });
        return c.isPresent();
    }

    public boolean redo() {
        if (stack.nextRedo().flatMap(gate::refusal).isPresent()) {
            return false;
        }
        Optional<Command> c = stack.popRedo();
        c.ifPresent(command -> {
            command.apply(editor);
            announce(command.description(), CanvasEdit.Origin.REDO);
        });
        return c.isPresent();
    }

    public boolean canUndo() {
        return stack.undoSize() > 0;
    }

    public boolean canRedo() {
        return stack.redoSize() > 0;
    }

    /** What Undo would undo, for the Edit menu ("Move 3 modules"). */
    public Optional<String> undoDescription() {
        return stack.nextUndo().map(Command::description);
    }

    public Optional<String> redoDescription() {
        return stack.nextRedo().map(Command::description);
    }

    private EditResult plan(Planner planner) {
        try {
            return execute(planner.plan());
        } catch (Refusal r) {
            return EditResult.refused(r.getMessage());
        }
    }

    private void announce(String description, CanvasEdit.Origin origin) {
        revision++;
        CanvasEdit edit = new CanvasEdit(description, origin, editor.drain());
        for (CanvasEdit.Listener l : listeners) {
            l.edited(edit);
        }
    }

    private int freshHash() {
        while (editor.contains(nextHash)) {
            nextHash++;
        }
        return nextHash++;
    }

    @FunctionalInterface
    private interface Planner {
        Command plan() throws Refusal;
    }
}
