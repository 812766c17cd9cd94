package dev.rivulet.canvas;

import dev.rivulet.canvas.edit.CanvasClip;
import dev.rivulet.canvas.edit.CanvasSearch;
import dev.rivulet.canvas.edit.ClipCodec;
import dev.rivulet.canvas.edit.EditResult;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.geometry.Arrange;
import dev.rivulet.canvas.geometry.CanvasIndex;
import dev.rivulet.canvas.geometry.CanvasIndex.Entry;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.geometry.Viewport;
import dev.rivulet.document.CanvasFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The commands of one {@link CanvasView} that menus, toolbars and keys share: zoom, clipboard (native canvas JSON on
 * the system clipboard, so clips travel between canvases and to text editors), duplicate, find, align and
 * distribute, and keyboard navigation. Document changes go through the session, one undoable command each.
 *
 * <p>Usage: {@code view.commands().zoomToFit(); view.commands().copy(); other.commands().paste();}
 */
public final class CanvasCommands {
    /** How far a paste or duplicate lands from its originals, in canvas units. */
    public static final double PASTE_OFFSET = 24;
    private static final double ZOOM_STEP = 1.25;
    private static final double FIT_MARGIN = 40;

    private final CanvasView view;
    private final EditSession session;
    private final ClipCodec codec;

    CanvasCommands(CanvasView view) {
        this.view = view;
        this.session = view.session();
        this.codec = new ClipCodec(session.registry());
    }

    // ---- zoom ------------------------------------------------------------------------------------------------

    public void zoomIn() {
        view.zoomAt(view.getWidth() / 2, view.getHeight() / 2, ZOOM_STEP);
    }

    public void zoomOut() {
        view.zoomAt(view.getWidth() / 2, view.getHeight() / 2, 1 / ZOOM_STEP);
    }

    /** 100% (times the UI scale), keeping the canvas point at the middle of the view in place. */
    public void zoomActual() {
        Viewport v = view.viewport();
        v.zoomAt(view.getWidth() / 2, view.getHeight() / 2, view.uiScale() / v.scale());
        view.requestLayout();
    }

    /** Shows the selection (or the whole canvas when nothing is selected) as large as fits, at most at 100%. */
    public void zoomToFit() {
        Rect box = bounds(view.selection().isEmpty() ? allHashes() : view.selection().hashes());
        if (box == null || view.getWidth() <= 0) {
            return;
        }
        double w = Math.max(1, view.getWidth() - 2 * FIT_MARGIN);
        double h = Math.max(1, view.getHeight() - 2 * FIT_MARGIN);
        double scale = Math.min(view.uiScale(), Math.min(w / box.width(), h / box.height()));
        view.setViewport(scale, view.getWidth() / 2 - (box.x() + box.width() / 2) * view.viewport().scaleFor(scale),
            view.getHeight() / 2 - (box.y() + box.height() / 2) * view.viewport().scaleFor(scale));
    }

    /** Selects a module and centres the view on it (the console and find use this). */
    public void reveal(int hash) {
        Entry e = view.index().module(hash);
        if (e == null) {
            return;
        }
        if (view.index().hidden(e)) {
            // a module found inside a collapsed group: open the group (one undoable step) so it can be seen; while
            // the canvas runs the edit is refused and the view centres on the group's box instead
            session.groupOf(hash).ifPresent(g -> session.setGroupCollapsed(g.id(), false));
            e = view.index().module(hash);
            if (e == null) {
                return;
            }
        }
        view.selection().set(List.of(hash));
        Rect r = view.index().bounds(e);
        Viewport v = view.viewport();
        double s = Math.max(v.scale(), 0.6);
        view.setViewport(s, view.getWidth() / 2 - (r.x() + r.width() / 2) * s,
            view.getHeight() / 2 - (r.y() + r.height() / 2) * s);
    }

    // ---- clipboard -------------------------------------------------------------------------------------------

    /** Puts the selected modules and the wires among them on the system clipboard; false when none is selected. */
    public boolean copy() {
        if (view.selection().isEmpty()) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(codec.write(session.copy(view.selection().hashes())));
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    public boolean cut() {
        if (!copy()) {
            return false;
        }
        return session.removeModules(new ArrayList<>(view.selection().hashes())).done();
    }

    /**
     * Pastes canvas JSON from the system clipboard as one command and selects what was pasted: beside the originals
     * when they are in view, else in the middle of the view. Refused, changing nothing, when the clipboard holds no
     * canvas.
     */
    public EditResult paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString()) {
            return EditResult.refused("the clipboard is empty");
        }
        CanvasClip clip;
        try {
            clip = codec.read(clipboard.getString());
        } catch (CanvasFormatException e) {
            return EditResult.refused(e.getMessage());
        }
        if (clip.isEmpty()) {
            return EditResult.refused("the clipboard holds no modules");
        }
        Rect box = clipBounds(clip);
        Rect visible = view.viewport().visible(view.getWidth(), view.getHeight());
        double dx = PASTE_OFFSET;
        double dy = PASTE_OFFSET;
        if (!visible.intersects(box)) {
            dx = visible.x() + visible.width() / 2 - box.x() - box.width() / 2;
            dy = visible.y() + visible.height() / 2 - box.y() - box.height() / 2;
        }
        view.selection().set(session.paste(clip, dx, dy));
        return EditResult.ok();
    }

    /** Copies the selection in place (offset a little), without touching the clipboard. */
    public boolean duplicate() {
        if (view.selection().isEmpty()) {
            return false;
        }
        view.selection().set(session.paste(session.copy(view.selection().hashes()), PASTE_OFFSET, PASTE_OFFSET));
        return true;
    }

    public boolean deleteSelection() {
        return !view.selection().isEmpty() && session.removeModules(new ArrayList<>(view.selection().hashes())).done();
    }

    /** Adds a comment in the middle of the view and puts the cursor in it. */
    public String addComment() {
        javafx.geometry.Point2D c = view.viewCenter();
        String id = session.addComment(Math.round(c.getX() - 110), Math.round(c.getY() - 55), "");
        view.layout();
        javafx.scene.control.TextArea editor = view.commentEditor(id);
        if (editor != null) {
            editor.requestFocus();
        }
        return id;
    }

    // ---- groups --------------------------------------------------------------------------------------------------

    /** Groups the selected modules (Ctrl+G); the group is named "Group N" until renamed. */
    public EditResult group() {
        return session.group(view.selection().hashes(), null).map(id -> EditResult.ok())
            .orElseGet(() -> EditResult.refused("select modules to group"));
    }

    /** Dissolves the groups of the selected modules (Ctrl+Shift+G). */
    public EditResult ungroup() {
        return session.ungroup(selectedGroups());
    }

    /** Collapses the groups of the selected modules, or expands them when they are all collapsed. */
    public EditResult toggleGroups() {
        List<String> ids = selectedGroups();
        boolean collapse = session.groups().stream().anyMatch(g -> ids.contains(g.id()) && !g.collapsed());
        EditResult last = EditResult.refused("select a grouped module");
        for (String id : ids) {
            last = session.setGroupCollapsed(id, collapse);
        }
        return last;
    }

    /** Renames the group of the selected modules in place (F2): its title becomes a text field. */
    public EditResult renameGroup() {
        List<String> ids = selectedGroups();
        return !ids.isEmpty() && view.renameGroup(ids.get(0)) ? EditResult.ok()
            : EditResult.refused("select a grouped module");
    }

    private List<String> selectedGroups() {
        List<String> ids = new ArrayList<>();
        for (int h : view.selection().hashes()) {
            session.groupOf(h).map(g -> g.id()).filter(id -> !ids.contains(id)).ifPresent(ids::add);
        }
        return ids;
    }

    public void selectAll() {
        view.selection().set(allHashes());
    }

    // ---- find, arrange, navigate -----------------------------------------------------------------------------

    /** Selects the modules matching the query (name, type, parameter value) and reveals the first; returns them. */
    public List<Integer> find(String query) {
        List<Integer> hits = CanvasSearch.find(session.document(), query);
        if (!hits.isEmpty()) {
            reveal(hits.get(0));
            view.selection().set(hits);
        }
        return hits;
    }

    /** Aligns or distributes the selected modules as one undoable move. */
    public EditResult arrange(Arrange.Kind kind) {
        Map<Integer, Rect> boxes = new LinkedHashMap<>();
        for (int h : view.selection().hashes()) {
            Entry e = view.index().module(h);
            if (e != null) {
                boxes.put(h, view.index().bounds(e));
            }
        }
        return session.moveModulesTo(Arrange.apply(kind, boxes), kind.label());
    }

    /** Moves the selection by whole canvas units (arrow keys), one command per step. */
    public EditResult nudge(double dx, double dy) {
        return session.moveModules(new ArrayList<>(view.selection().hashes()), dx, dy);
    }

    /** Selects the next (or previous) module in reading order, top to bottom then left to right, and reveals it. */
    public void selectNext(boolean backwards) {
        CanvasIndex index = view.index();
        List<Entry> order = new ArrayList<>(index.modules());
        // keyboard navigation steps over modules hidden in collapsed groups (find opens such a group instead)
        order.removeIf(index::hidden);
        if (order.isEmpty()) {
            return;
        }
        order.sort(Comparator.comparingDouble((Entry e) -> Math.round(index.y(e) / 40.0))
            .thenComparingDouble(index::x));
        int at = -1;
        if (view.selection().size() == 1) {
            int current = view.selection().hashes().iterator().next();
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).hash() == current) {
                    at = i;
                }
            }
        }
        int next = at < 0 ? (backwards ? order.size() - 1 : 0)
            : Math.floorMod(at + (backwards ? -1 : 1), order.size());
        reveal(order.get(next).hash());
    }

    private List<Integer> allHashes() {
        List<Integer> all = new ArrayList<>();
        view.index().modules().forEach(m -> all.add(m.hash()));
        return all;
    }

    private Rect bounds(Collection<Integer> hashes) {
        Rect box = null;
        for (int h : hashes) {
            Entry e = view.index().module(h);
            if (e != null) {
                box = box == null ? view.index().bounds(e) : union(box, view.index().bounds(e));
            }
        }
        return box;
    }

    private static Rect clipBounds(CanvasClip clip) {
        Rect box = null;
        for (var l : clip.layouts().values()) {
            Rect r = new Rect(l.x, l.y, 160, 60);
            box = box == null ? r : union(box, r);
        }
        return box == null ? new Rect(0, 0, 160, 60) : box;
    }

    private static Rect union(Rect a, Rect b) {
        return Rect.spanning(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.max(a.maxX(), b.maxX()),
            Math.max(a.maxY(), b.maxY()));
    }
}
