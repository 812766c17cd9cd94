package dev.rivulet.canvas;

import dev.rivulet.canvas.edit.ConnectionCheck;
import dev.rivulet.canvas.edit.EditResult;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.geometry.CanvasIndex;
import dev.rivulet.canvas.geometry.CanvasIndex.Entry;
import dev.rivulet.canvas.geometry.CanvasIndex.PortHit;
import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.canvas.geometry.ModuleGeometry.PortSlot;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.geometry.Viewport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard handling of a {@link CanvasView}: one gesture at a time, decided on press by what is under the
 * cursor (an output port starts a wire, a module moves the selection, the background pans, or with Shift draws a
 * marquee). Hit tests use the canvas geometry, not the nodes, so they work on culled and zoomed-out modules alike.
 * Every change to the document goes through the session; a drag becomes one command when it ends.
 */
final class CanvasInteractions {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
        KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CUT = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination GROUP = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNGROUP = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
        KeyCombination.SHIFT_DOWN);
    private static final KeyCombination TOGGLE_GROUP = new KeyCodeCombination(KeyCode.E,
        KeyCombination.SHORTCUT_DOWN);
    /** Canvas units an arrow key moves the selection (Shift: a tenth, for fine placement). */
    private static final double NUDGE = 10;
    /** Screen pixels a press must travel before it counts as a drag. */
    private static final double SLOP = 3;
    /** Zoom factor per scroll unit (a wheel notch is 40 units on most platforms: about 10%). */
    private static final double ZOOM_PER_UNIT = 1.0025;

    private enum Gesture { NONE, PAN, MOVE, MARQUEE, WIRE }

    private final CanvasView view;
    private final EditSession session;
    private final CanvasIndex index;
    private final Viewport viewport;
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private PortHit wireFrom;
    /** Space held down: any drag pans, even one that starts on a module. */
    private boolean spaceDown;

    CanvasInteractions(CanvasView view) {
        this.view = view;
        this.session = view.session();
        this.index = view.index();
        this.viewport = view.viewport();
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        view.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                e.consume();
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && view.onBackgroundDoubleClick() != null
            && index.moduleAt(viewport.toCanvasX(e.getX()), viewport.toCanvasY(e.getY())) == null) {
            view.onBackgroundDoubleClick().accept(new javafx.geometry.Point2D(e.getX(), e.getY()));
            e.consume();
        }
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        gesture = Gesture.NONE;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY || spaceDown) {
            gesture = Gesture.PAN;
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double cx = viewport.toCanvasX(e.getX());
        double cy = viewport.toCanvasY(e.getY());
        PortHit port = index.portAt(cx, cy, portRadius());
        Entry module = index.moduleAt(cx, cy);
        if (port != null && port.output()) {
            gesture = Gesture.WIRE;
            wireFrom = port;
            view.beginWire(port.hash(), port.port());
        } else if (module != null) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                view.selection().toggle(module.hash());
                gesture = view.selection().contains(module.hash()) ? Gesture.MOVE : Gesture.NONE;
            } else {
                if (!view.selection().contains(module.hash())) {
                    view.selection().set(List.of(module.hash()));
                }
                gesture = Gesture.MOVE;
            }
        } else {
            gesture = e.isShiftDown() || e.isShortcutDown() ? Gesture.MARQUEE : Gesture.PAN;
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!moved && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= SLOP) {
            moved = true;
        }
        switch (gesture) {
            case PAN -> view.panBy(e.getX() - lastX, e.getY() - lastY);
            case MOVE -> {
                if (moved) {
                    double s = viewport.scale();
                    view.showDrag(view.selection().hashes(), (e.getX() - pressX) / s, (e.getY() - pressY) / s);
                }
            }
            case MARQUEE -> view.showMarquee(Rect.spanning(pressX, pressY, e.getX(), e.getY()));
            case WIRE -> showWire(e.getX(), e.getY());
            default -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        switch (gesture) {
            case PAN -> {
                if (!moved && e.getButton() == MouseButton.PRIMARY) {
                    view.selection().clear();
                    clickedWire(e.getX(), e.getY());
                }
            }
            case MOVE -> {
                view.endDrag();
                if (moved) {
                    double s = viewport.scale();
                    session.moveModules(new ArrayList<>(view.selection().hashes()), (e.getX() - pressX) / s,
                        (e.getY() - pressY) / s);
                }
            }
            case MARQUEE -> {
                view.showMarquee(null);
                Rect r = Rect.spanning(viewport.toCanvasX(pressX), viewport.toCanvasY(pressY),
                    viewport.toCanvasX(e.getX()), viewport.toCanvasY(e.getY()));
                view.selection().add(index.modulesIn(r));
            }
            case WIRE -> dropWire(e.getX(), e.getY());
            default -> { }
        }
        gesture = Gesture.NONE;
        e.consume();
    }

    private void clickedWire(double x, double y) {
        if (view.onWireClicked() == null) {
            return;
        }
        CanvasIndex.Wire wire = index.wireAt(viewport.toCanvasX(x), viewport.toCanvasY(y), portRadius());
        if (wire != null) {
            view.onWireClicked().accept(wire.connection());
        }
    }

    private void showWire(double x, double y) {
        Entry from = index.module(wireFrom.hash());
        if (from == null) {
            return;
        }
        PortSlot out = from.geometry().right(wireFrom.port());
        double cx = viewport.toCanvasX(x);
        double cy = viewport.toCanvasY(y);
        boolean ok = true;
        PortHit target = index.portAt(cx, cy, portRadius());
        if (target != null && !target.output()) {
            Entry to = index.module(target.hash());
            PortSlot in = to.geometry().left(target.port());
            cx = index.x(to);
            cy = index.y(to) + in.y();
            ok = check(wireFrom, target).isCompatible();
        }
        view.showWire(new WireLayer.Preview(index.x(from) + from.geometry().width(), index.y(from) + out.y(), cx,
            cy, out.type(), ok));
    }

    private void dropWire(double x, double y) {
        PortHit from = wireFrom;
        wireFrom = null;
        view.endWire();
        if (from == null) {
            return;
        }
        double cx = viewport.toCanvasX(x);
        double cy = viewport.toCanvasY(y);
        PortHit target = index.portAt(cx, cy, portRadius());
        if (target == null && index.moduleAt(cx, cy) == null && view.onWireDropped() != null
            && Math.hypot(x - pressX, y - pressY) >= SLOP) {
            view.onWireDropped().accept(new CanvasView.WireDrop(from.hash(), from.port(), cx, cy, x, y));
            return;
        }
        if (target == null || target.output()) {
            return;
        }
        ConnectionCheck check = check(from, target);
        EditResult result = switch (check.status()) {
            case ALLOWED -> session.connect(from.hash(), from.port(), target.hash(), target.port());
            case OCCUPIED -> session.replaceConnection(from.hash(), from.port(), target.hash(), target.port());
            case REFUSED -> EditResult.refused(check.reason());
        };
        if (!result.done()) {
            view.showMessage("Cannot connect: " + result.reason(), x, y);
        }
    }

    private ConnectionCheck check(PortHit from, PortHit target) {
        return session.checkConnection(from.hash(), from.port(), target.hash(), target.port());
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0 && gesture != Gesture.MOVE) {
            view.zoomAt(e.getX(), e.getY(), Math.pow(ZOOM_PER_UNIT, e.getDeltaY()));
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            Set<Integer> selected = view.selection().hashes();
            if (!selected.isEmpty()) {
                session.removeModules(new ArrayList<>(selected));
            }
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            session.redo();
        } else if (UNDO.match(e)) {
            session.undo();
        } else if (SELECT_ALL.match(e)) {
            List<Integer> all = new ArrayList<>();
            index.modules().forEach(m -> all.add(m.hash()));
            view.selection().set(all);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
        } else if (COPY.match(e)) {
            view.commands().copy();
        } else if (CUT.match(e)) {
            view.commands().cut();
        } else if (PASTE.match(e)) {
            view.commands().paste();
        } else if (DUPLICATE.match(e)) {
            view.commands().duplicate();
        } else if (UNGROUP.match(e)) {
            view.commands().ungroup();
        } else if (GROUP.match(e)) {
            view.commands().group();
        } else if (TOGGLE_GROUP.match(e)) {
            view.commands().toggleGroups();
        } else if (e.getCode() == KeyCode.F2 && !e.isShortcutDown()) {
            view.commands().renameGroup();
        } else if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
        } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            view.commands().selectNext(e.isShiftDown());
        } else if (e.getCode().isArrowKey() && !e.isShortcutDown() && !view.selection().isEmpty()) {
            double step = e.isShiftDown() ? 1 : NUDGE;
            switch (e.getCode()) {
                case LEFT, KP_LEFT -> view.commands().nudge(-step, 0);
                case RIGHT, KP_RIGHT -> view.commands().nudge(step, 0);
                case UP, KP_UP -> view.commands().nudge(0, -step);
                default -> view.commands().nudge(0, step);
            }
        } else {
            return;
        }
        e.consume();
    }

    private void cancel() {
        switch (gesture) {
            case MOVE -> view.endDrag();
            case MARQUEE -> view.showMarquee(null);
            case WIRE -> view.endWire();
            default -> { }
        }
        gesture = Gesture.NONE;
        wireFrom = null;
    }

    /** Ports are small; keep them easy to hit at any zoom. */
    private double portRadius() {
        return Math.max(ModuleGeometry.PORT_RADIUS + 3, 7 / viewport.scale());
    }
}
