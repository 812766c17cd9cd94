package dev.rivulet.canvas;

import dev.rivulet.canvas.edit.CanvasChange;
import dev.rivulet.canvas.edit.CanvasEdit;
import dev.rivulet.canvas.edit.ConnectionCheck;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.geometry.CanvasIndex;
import dev.rivulet.canvas.geometry.CanvasIndex.Entry;
import dev.rivulet.canvas.geometry.DetailLevel;
import dev.rivulet.canvas.geometry.ModuleGeometry.PortSlot;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.geometry.Viewport;
import dev.rivulet.canvas.skin.ModuleRunStatus;
import dev.rivulet.canvas.skin.ModuleSkin;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.canvas.skin.PortState;
import dev.rivulet.core.validation.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The node-graph editor control. Shows the document of an {@link EditSession}: modules as skinned nodes (only those in
 * view are in the scene graph), wires painted on one raster layer under them. Pans, zooms, selects, moves, connects
 * and deletes with mouse and keyboard, always through the session's commands. Edits, selection and viewport changes
 * only mark the view dirty; the work happens once per frame, in the layout pass, and touches what changed.
 *
 * <p>Usage: {@code CanvasView view = new CanvasView(session, ModuleSkins.standard(CanvasTheme.LIGHT)); view.dispose();}
 */
public final class CanvasView extends Region {
    private static final double CULL_MARGIN = 24;

    private final EditSession session;
    private final ModuleSkins skins;
    private final CanvasIndex index;
    private final Viewport viewport = new Viewport();
    private final CanvasSelection selection = new CanvasSelection();
    private final WireLayer wires;
    private final PauseTransition zoomEnd = new PauseTransition(Duration.millis(200));
    private boolean zooming;
    private final ModuleLayer modules;
    private final CommentLayer comments;
    private final GroupLayer groups;
    private final Pane overlay = new Pane();
    private final Rectangle marquee = new Rectangle();
    private final Label message = new Label();
    private final PauseTransition messageTimer = new PauseTransition(Duration.seconds(4));
    private final ExecutorService validation;
    private final ProblemTracker tracker;
    private final CanvasEdit.Listener editListener = this::edited;
    private Map<Integer, List<Problem>> problems = Map.of();
    private DetailLevel detail = DetailLevel.FULL;
    private double uiScale = 1;
    private WireLayer.Preview preview;
    private final CanvasCommands commands;
    private final List<Runnable> frameListeners = new ArrayList<>();
    private final List<Consumer<Map<Integer, List<Problem>>>> problemListeners = new ArrayList<>();
    private Consumer<WireDrop> onWireDropped;
    private Consumer<Point2D> onBackgroundDoubleClick;
    private Consumer<dev.rivulet.document.ConnectionNode> onWireClicked;

    /**
     * A wire released over empty canvas: where (canvas and view coordinates) and from which output, so the
     * workspace can offer modules to add there, connected to it.
     */
    public record WireDrop(int fromHash, String fromPort, double canvasX, double canvasY, double viewX,
                           double viewY) {
    }

    public CanvasView(EditSession session, ModuleSkins skins) {
        this.session = session;
        this.skins = skins;
        this.index = new CanvasIndex(session.document(), node -> skins.body(node, session.registry()));
        this.wires = new WireLayer(skins.theme());
        this.modules = new ModuleLayer(session, skins, index);
        this.comments = new CommentLayer(session, skins.theme());
        this.groups = new GroupLayer(this, index, skins.theme() == dev.rivulet.canvas.skin.CanvasTheme.DARK);
        getStyleClass().add("canvas-view");
        setFocusTraversable(true);
        zoomEnd.setOnFinished(e -> setZooming(false));
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        marquee.setVisible(false);
        marquee.setFill(skins.theme().marquee().deriveColor(0, 1, 1, 0.12));
        marquee.setStroke(skins.theme().marquee());
        message.setId("canvas-message");
        message.setVisible(false);
        message.setStyle("-fx-background-color: #3b4a5e; -fx-text-fill: white; -fx-padding: 4 8;"
            + " -fx-background-radius: 4;");
        message.setMaxWidth(420);
        message.setWrapText(true);
        messageTimer.setOnFinished(e -> message.setVisible(false));
        overlay.getChildren().addAll(marquee, message);
        getChildren().addAll(wires.node(), comments.node(), groups.node(), modules.node(), overlay);
        setClip(new Rectangle());
        session.addListener(editListener);
        selection.addListener(this::selectionChanged);
        validation = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "canvas-validation");
            t.setDaemon(true);
            return t;
        });
        tracker = new ProblemTracker(session.registry(), validation, Platform::runLater, this::showProblems);
        // the first validation waits until the first frame is on screen
        Platform.runLater(() -> tracker.request(session.document()));
        commands = new CanvasCommands(this);
        new CanvasInteractions(this).install();
    }

    /** Zoom, clipboard, find, align and navigation commands for menus and toolbars. */
    public CanvasCommands commands() {
        return commands;
    }

    /** Called when a wire is dropped on empty canvas (null: the wire is simply dropped). */
    public void setOnWireDropped(Consumer<WireDrop> handler) {
        onWireDropped = handler;
    }

    /** Called with the view point of a double click on empty canvas (quick add at the cursor). */
    public void setOnBackgroundDoubleClick(Consumer<Point2D> handler) {
        onBackgroundDoubleClick = handler;
    }

    /** Called with the wire under a click on the canvas background (the workspace inspects its values). */
    public void setOnWireClicked(Consumer<dev.rivulet.document.ConnectionNode> handler) {
        onWireClicked = handler;
    }

    Consumer<dev.rivulet.document.ConnectionNode> onWireClicked() {
        return onWireClicked;
    }

    /** Where on screen (this view's coordinates) the middle of a wire is drawn, or null (for tests). */
    public Point2D wireMidpoint(dev.rivulet.document.ConnectionNode connection) {
        for (CanvasIndex.Wire w : index.wires()) {
            if (w.connection() == connection) {
                double x1 = index.x(w.from()) + w.from().geometry().width();
                double y1 = index.y(w.from()) + w.out().y();
                double x2 = index.x(w.to());
                double y2 = index.y(w.to()) + w.in().y();
                return new Point2D(viewport.toScreenX((x1 + x2) / 2), viewport.toScreenY((y1 + y2) / 2));
            }
        }
        return null;
    }

    /** Hears each new set of validation problems (module hash to its problems), on the FX thread. */
    public void addProblemListener(Consumer<Map<Integer, List<Problem>>> listener) {
        problemListeners.add(listener);
    }

    /** Runs after every frame's layout (a minimap follows the viewport this way). */
    public void addFrameListener(Runnable listener) {
        frameListeners.add(listener);
    }

    Consumer<WireDrop> onWireDropped() {
        return onWireDropped;
    }

    Consumer<Point2D> onBackgroundDoubleClick() {
        return onBackgroundDoubleClick;
    }

    /** Where a module's box is on the canvas (as shown, including a drag in progress), or null. */
    public Rect moduleBounds(int hash) {
        Entry e = index.module(hash);
        return e == null ? null : index.bounds(e);
    }

    /** The boxes of all modules, in canvas units (a minimap draws these). */
    public List<Rect> allModuleBounds() {
        List<Rect> all = new ArrayList<>(index.size());
        index.modules().forEach(e -> all.add(index.bounds(e)));
        return all;
    }

    /** Puts the given canvas point in the middle of the view, keeping the zoom. */
    public void centerOn(double canvasX, double canvasY) {
        double s = viewport.scale();
        setViewport(s, getWidth() / 2 - canvasX * s, getHeight() / 2 - canvasY * s);
    }

    /** The text area of a comment's note on screen, or null (for tests and focus). */
    public javafx.scene.control.TextArea commentEditor(String id) {
        CommentNode n = comments.nodeOf(id);
        return n == null ? null : n.textArea();
    }

    /** Where a group's frame (or collapsed box) is on the canvas, or null when it is not drawn. */
    public Rect groupBounds(String id) {
        return index.groups().stream().filter(g -> g.id().equals(id)).map(g -> g.frame()).findFirst().orElse(null);
    }

    /** Starts renaming a group in place (its title becomes a text field); false when it is not drawn. */
    boolean renameGroup(String id) {
        layout();
        GroupNode n = groups.nodeOf(id);
        if (n == null) {
            return false;
        }
        n.startRename();
        return true;
    }

    /** True when a collapsed group hides the module (it has no node and its wires end on the group's box). */
    public boolean isHiddenByGroup(int hash) {
        Entry e = index.module(hash);
        return e != null && index.hidden(e);
    }

    /** The canvas point under a point of this view. */
    public Point2D toCanvas(double viewX, double viewY) {
        return new Point2D(viewport.toCanvasX(viewX), viewport.toCanvasY(viewY));
    }

    /** The canvas point at the middle of the view (where double-clicked browser modules land). */
    public Point2D viewCenter() {
        return toCanvas(getWidth() / 2, getHeight() / 2);
    }

    public EditSession session() {
        return session;
    }

    public CanvasSelection selection() {
        return selection;
    }

    public Viewport viewport() {
        return viewport;
    }

    CanvasIndex index() {
        return index;
    }

    /** Detail level of the last frame. */
    public DetailLevel detail() {
        return detail;
    }

    /** Modules that have a node in the scene graph now (the rest are culled). */
    public int shownModuleCount() {
        return modules.shownCount();
    }

    /** Wires painted in the last frame. */
    public int paintedWireCount() {
        return wires.wiresPainted();
    }

    /** How often the wire layer has been fully painted (it is moved, not repainted, while panning). */
    public int wireLayerPaints() {
        return wires.paints();
    }

    /** The skin of a module if it has one now (on screen or cached), else null. */
    public ModuleSkin skinOf(int hash) {
        return modules.skin(hash);
    }

    public Map<Integer, List<Problem>> problems() {
        return problems;
    }

    /** The text of the message shown now (a refused connection's reason), or null. */
    public String message() {
        return message.isVisible() ? message.getText() : null;
    }

    /** Where a port's circle is, in this view's coordinates; null when there is no such port. */
    public Point2D portPosition(int hash, String port, boolean output) {
        Entry e = index.module(hash);
        PortSlot slot = e == null ? null : output ? e.geometry().right(port) : e.geometry().left(port);
        if (slot == null) {
            return null;
        }
        double x = index.x(e) + (output ? e.geometry().width() : 0);
        return new Point2D(viewport.toScreenX(x), viewport.toScreenY(index.y(e) + slot.y()));
    }

    /** A point on a module's title bar, in this view's coordinates (where a drag of the module starts). */
    public Point2D titlePosition(int hash) {
        Entry e = index.module(hash);
        return e == null ? null : new Point2D(viewport.toScreenX(index.x(e) + e.geometry().width() / 2),
            viewport.toScreenY(index.y(e) + 8));
    }

    /**
     * Shows what each module does in a run (state, events per second, failure message) under the module; an empty map
     * (the run ended) takes the footers away. Call on the FX thread, at most a few times a second.
     */
    public void setModuleStatus(Map<Integer, ModuleRunStatus> status) {
        modules.runStatus(status);
        requestLayout();
    }

    /**
     * The user-interface scale (1, 1.5, 2): "actual size" shows the canvas at this zoom, so module text, ports and
     * their hit areas grow with the rest of the window. Changing it rescales the current zoom by the same factor,
     * keeping the top-left canvas point in place.
     */
    public void setUiScale(double scale) {
        if (scale <= 0 || scale == uiScale) {
            return;
        }
        double f = scale / uiScale;
        uiScale = scale;
        setViewport(viewport.scaleFor(viewport.scale() * f), viewport.translateX() * f, viewport.translateY() * f);
    }

    public double uiScale() {
        return uiScale;
    }

    /** Shows the canvas at a scale, with the canvas origin at (translateX, translateY) in this view. */
    public void setViewport(double scale, double translateX, double translateY) {
        viewport.set(scale, translateX, translateY);
        requestLayout();
    }

    /**
     * Zooms around a point of the view. Successive calls form a gesture: meanwhile module nodes are scaled as
     * bitmaps, and they are drawn sharp again 200 ms after the last call.
     */
    public void zoomAt(double x, double y, double factor) {
        viewport.zoomAt(x, y, factor);
        setZooming(true);
        zoomEnd.playFromStart();
        requestLayout();
    }

    private void setZooming(boolean on) {
        if (zooming == on) {
            return;
        }
        zooming = on;
        modules.setZooming(on);
        requestLayout();
    }

    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
        requestLayout();
    }

    /** Stops background validation and listening to the session. */
    public void dispose() {
        tracker.cancel();
        validation.shutdownNow();
        session.removeListener(editListener);
    }

    // ---- reacting to the model ------------------------------------------------------------------------------

    private void edited(CanvasEdit edit) {
        Set<Integer> restyled = index.apply(edit.changes());
        List<Integer> removed = new ArrayList<>();
        for (CanvasChange c : edit.changes()) {
            if (c instanceof CanvasChange.CommentsChanged) {
                comments.invalidate();
            }
            if (c instanceof CanvasChange.ModuleRemoved r) {
                removed.add(r.hash());
                modules.drop(r.hash());
            }
        }
        restyled.forEach(modules::restyle);
        selection.remove(removed);
        tracker.request(session.document());
        wires.invalidate();
        requestLayout();
    }

    private void selectionChanged(Set<Integer> flipped) {
        for (int hash : flipped) {
            modules.select(hash, selection.contains(hash));
        }
        wires.invalidate();
        requestLayout();
    }

    private void showProblems(Map<Integer, List<Problem>> next) {
        Set<Integer> touched = new HashSet<>(problems.keySet());
        touched.addAll(next.keySet());
        Map<Integer, List<Problem>> previous = problems;
        problems = Map.copyOf(next);
        for (int hash : touched) {
            if (!next.getOrDefault(hash, List.of()).equals(previous.getOrDefault(hash, List.of()))) {
                modules.problems(hash, next.getOrDefault(hash, List.of()));
            }
        }
        if (detail == DetailLevel.OVERVIEW) {
            wires.invalidate();
        }
        problemListeners.forEach(l -> l.accept(problems));
        requestLayout();
    }

    // ---- gestures (called by CanvasInteractions) -------------------------------------------------------------

    void showDrag(Set<Integer> hashes, double dx, double dy) {
        if (index.drag(hashes, dx, dy)) {
            wires.invalidate();
        }
        requestLayout();
    }

    void endDrag() {
        if (index.dragging()) {
            index.clearDrag();
            wires.invalidate();
        }
        requestLayout();
    }

    void showMarquee(Rect screen) {
        marquee.setVisible(screen != null);
        if (screen != null) {
            marquee.setX(screen.x());
            marquee.setY(screen.y());
            marquee.setWidth(screen.width());
            marquee.setHeight(screen.height());
        }
    }

    /** Starts showing which receiving ports a wire from this output may end at. */
    void beginWire(int fromHash, String fromPort) {
        modules.showPortStates(hash -> port -> {
            ConnectionCheck check = session.checkConnection(fromHash, fromPort, hash, port);
            return switch (check.status()) {
                case ALLOWED -> PortState.COMPATIBLE;
                case OCCUPIED -> PortState.REPLACES;
                case REFUSED -> PortState.REFUSED;
            };
        });
    }

    void showWire(WireLayer.Preview p) {
        preview = p;
        requestLayout();
    }

    void endWire() {
        preview = null;
        modules.showPortStates(null);
        requestLayout();
    }

    void showMessage(String text, double x, double y) {
        message.setText(text);
        message.autosize();
        double w = message.prefWidth(-1);
        message.relocate(Math.max(4, Math.min(x + 12, getWidth() - w - 4)), Math.max(4, y + 12));
        message.setVisible(true);
        messageTimer.playFromStart();
    }

    // ---- once per frame ---------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        Rectangle clip = (Rectangle) getClip();
        if (clip.getWidth() != w || clip.getHeight() != h) {
            clip.setWidth(w);
            clip.setHeight(h);
        }
        overlay.resize(w, h);
        if (message.isVisible()) {
            message.autosize();
        }
        double s = viewport.scale();
        DetailLevel level = DetailLevel.at(s);
        if (level != detail) {
            wires.invalidate();
        }
        detail = level;
        comments.update(s, viewport.translateX(), viewport.translateY());
        groups.update(s, viewport.translateX(), viewport.translateY());
        modules.update(s, viewport.translateX(), viewport.translateY(), detail,
            viewport.visible(w, h).grow(CULL_MARGIN), selection.hashes(), problems);
        wires.update(w, h, index, viewport, detail, selection.hashes(), problems, preview);
        for (Runnable r : frameListeners) {
            r.run();
        }
    }
}
