package dev.rivulet.canvas;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.geometry.CanvasIndex;
import dev.rivulet.canvas.geometry.CanvasIndex.Entry;
import dev.rivulet.canvas.geometry.DetailLevel;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.skin.ModuleRunStatus;
import dev.rivulet.canvas.skin.ModuleSkin;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.canvas.skin.PortState;
import dev.rivulet.core.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.transform.Affine;

/**
 * The module nodes of a canvas view: one skin per module in view (the others are culled), kept in a cache when they
 * scroll out so that coming back costs nothing, each drawn once into a bitmap (node cache) and then only moved.
 * Lives in canvas coordinates under one transform, so panning and zooming touch a single node.
 */
final class ModuleLayer {
    /** Skins kept for modules out of view before the cache is trimmed. */
    private static final int SKIN_CACHE = 600;

    private final Group group = new Group();
    private final Affine transform = new Affine();
    private final EditSession session;
    private final ModuleSkins skins;
    private final CanvasIndex index;
    private final Map<Integer, ModuleSkin> cache = new HashMap<>();
    private final Set<Integer> onScene = new HashSet<>();
    private DetailLevel detail = DetailLevel.FULL;
    private boolean zooming;
    private Function<Integer, Function<String, PortState>> portStates;
    private Map<Integer, ModuleRunStatus> runStatus = Map.of();

    ModuleLayer(EditSession session, ModuleSkins skins, CanvasIndex index) {
        this.session = session;
        this.skins = skins;
        this.index = index;
        group.setManaged(false);
        group.setAutoSizeChildren(false);
        group.getTransforms().add(transform);
    }

    Group node() {
        return group;
    }

    int shownCount() {
        return onScene.size();
    }

    ModuleSkin skin(int hash) {
        return cache.get(hash);
    }

    /**
     * Brings the nodes in line with the view: transform, detail level, which modules have nodes, where they are.
     * Modules that meet {@code visible} (canvas units) get nodes, unless the detail is OVERVIEW.
     */
    void update(double scale, double translateX, double translateY, DetailLevel level, Rect visible,
                Set<Integer> selected, Map<Integer, List<Problem>> problems) {
        transform.setToTransform(scale, 0, translateX, 0, scale, translateY);
        boolean detailChanged = level != detail;
        detail = level;
        Set<Integer> wanted = new HashSet<>();
        if (detail != DetailLevel.OVERVIEW) {
            for (Entry e : index.modules()) {
                if (index.bounds(e).intersects(visible) && !index.hidden(e)) {
                    wanted.add(e.hash());
                }
            }
        }
        Set<Node> leaving = new HashSet<>();
        for (var it = onScene.iterator(); it.hasNext(); ) {
            int hash = it.next();
            if (!wanted.contains(hash)) {
                leaving.add(cache.get(hash).node());
                it.remove();
            }
        }
        if (!leaving.isEmpty()) {
            group.getChildren().removeIf(leaving::contains);
        }
        List<Node> entering = new ArrayList<>();
        for (int hash : wanted) {
            Entry e = index.module(hash);
            ModuleSkin skin = cache.get(hash);
            if (!onScene.contains(hash)) {
                if (skin == null) {
                    skin = create(e, selected, problems);
                } else {
                    skin.setDetail(detail);
                }
                if (portStates != null) {
                    skin.showPortStates(portStates.apply(hash));
                }
                onScene.add(hash);
                entering.add(skin.node());
            } else if (detailChanged) {
                skin.setDetail(detail);
            }
            // whole screen pixels: a cached bitmap then blits without resampling, and text stays crisp
            skin.node().setLayoutX((Math.round(index.x(e) * scale + translateX) - translateX) / scale);
            skin.node().setLayoutY((Math.round(index.y(e) * scale + translateY) - translateY) / scale);
        }
        group.getChildren().addAll(entering);
        if (cache.size() > SKIN_CACHE) {
            cache.keySet().removeIf(hash -> !onScene.contains(hash));
        }
    }

    /** The module's content changed: redraw its skin if it has one. */
    void restyle(int hash) {
        ModuleSkin skin = cache.get(hash);
        Entry e = index.module(hash);
        if (skin != null && e != null) {
            skin.update(e.node(), e.geometry(), session.ports().of(e.node()));
        }
    }

    void drop(int hash) {
        ModuleSkin skin = cache.remove(hash);
        if (skin != null && onScene.remove(hash)) {
            group.getChildren().remove(skin.node());
        }
    }

    void select(int hash, boolean selected) {
        ModuleSkin skin = cache.get(hash);
        if (skin != null) {
            skin.setSelected(selected);
        }
    }

    void problems(int hash, List<Problem> problems) {
        ModuleSkin skin = cache.get(hash);
        if (skin != null) {
            skin.setProblems(problems);
        }
    }

    /** The run status of every module (empty: not running); skins on screen or cached redraw their footer. */
    void runStatus(Map<Integer, ModuleRunStatus> next) {
        Map<Integer, ModuleRunStatus> before = runStatus;
        runStatus = Map.copyOf(next);
        cache.forEach((hash, skin) -> {
            ModuleRunStatus now = runStatus.get(hash);
            if (!java.util.Objects.equals(now, before.get(hash))) {
                skin.setRunStatus(now);
            }
        });
    }

    /** During a zoom gesture, cached module bitmaps are scaled instead of redrawn at every step. */
    void setZooming(boolean on) {
        zooming = on;
        CacheHint hint = on ? CacheHint.SCALE : CacheHint.QUALITY;
        for (int hash : onScene) {
            cache.get(hash).node().setCacheHint(hint);
        }
    }

    /** While a wire is dragged: the state of each receiving port, by module hash; null ends it. */
    void showPortStates(Function<Integer, Function<String, PortState>> states) {
        portStates = states;
        for (int hash : onScene) {
            cache.get(hash).showPortStates(states == null ? null : states.apply(hash));
        }
    }

    private ModuleSkin create(Entry e, Set<Integer> selected, Map<Integer, List<Problem>> problems) {
        ModuleSkin skin = skins.create(e.node(), session.registry());
        skin.update(e.node(), e.geometry(), session.ports().of(e.node()));
        skin.setDetail(detail);
        skin.setSelected(selected.contains(e.hash()));
        skin.node().setCache(true);
        skin.node().setCacheHint(zooming ? CacheHint.SCALE : CacheHint.QUALITY);
        List<Problem> list = problems.get(e.hash());
        if (list != null) {
            skin.setProblems(list);
        }
        ModuleRunStatus status = runStatus.get(e.hash());
        if (status != null) {
            skin.setRunStatus(status);
        }
        cache.put(e.hash(), skin);
        return skin;
    }
}
