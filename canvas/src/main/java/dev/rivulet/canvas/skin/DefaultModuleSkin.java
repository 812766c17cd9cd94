package dev.rivulet.canvas.skin;

import dev.rivulet.canvas.edit.ModulePorts;
import dev.rivulet.canvas.edit.PortInfo;
import dev.rivulet.canvas.geometry.DetailLevel;
import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.canvas.geometry.ModuleGeometry.PortSlot;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The standard module: a rounded box with a dark title bar, parameters and inputs on the left, outputs on the right,
 * each port a circle coloured by its type. Built of plain shapes and texts (no controls, no effects), so a few hundred
 * of them stay cheap to style and render.
 */
public class DefaultModuleSkin implements ModuleSkin {
    private static final double ARC = 8;
    private static final String SECRET = "••••••";

    private final CanvasTheme theme;
    private final Group root = new Group();
    private final Rectangle frame = new Rectangle();
    private final Map<String, Circle> receiving = new HashMap<>();
    private final Map<String, PortState> states = new HashMap<>();
    private final List<Node> details = new ArrayList<>();
    private Group badge;
    private Group statusFooter;
    private ModuleRunStatus runStatus;
    private boolean selected;
    private DetailLevel detail = DetailLevel.FULL;
    private List<Problem> problems = List.of();
    private ModuleGeometry geometry;

    public DefaultModuleSkin(CanvasTheme theme) {
        this.theme = theme;
        root.getStyleClass().add("module");
        root.setAutoSizeChildren(false);
        frame.setFill(null);
        frame.setArcWidth(ARC);
        frame.setArcHeight(ARC);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(ModuleNode module, ModuleGeometry g, ModulePorts ports) {
        geometry = g;
        receiving.clear();
        states.clear();
        details.clear();
        List<Node> children = new ArrayList<>();
        double w = g.width();
        double h = g.height();
        Rectangle body = rect(0, 0, w, h, theme.body());
        body.setArcWidth(ARC);
        body.setArcHeight(ARC);
        Rectangle header = rect(0, 0, w, ModuleGeometry.HEADER, theme.header());
        header.setArcWidth(ARC);
        header.setArcHeight(ARC);
        Rectangle headerBase = rect(0, ModuleGeometry.HEADER - ARC, w, ARC, theme.header());
        children.add(body);
        children.add(header);
        children.add(headerBase);
        Text title = text(clip(g.title(), w - 16, 7.2), 8, ModuleGeometry.HEADER - 7, theme.headerText());
        title.setFont(theme.titleFont());
        children.add(title);
        frame.setWidth(w);
        frame.setHeight(h);
        children.add(frame);
        for (PortSlot slot : g.left()) {
            Circle c = port(0, slot);
            receiving.put(slot.name(), c);
            children.add(c);
            Text label = text(slot.label(), 10, slot.y() + 4, theme.text());
            children.add(label);
            details.add(label);
            if (slot.parameter() && slot.value() != null && !slot.value().isEmpty()) {
                boolean secret = ports != null && ports.receiving(slot.name()).map(PortInfo::secret).orElse(false);
                Text value = text(secret ? SECRET : slot.value(), 16 + label.getLayoutBounds().getWidth(), slot.y() + 4,
                    theme.valueText());
                children.add(value);
                details.add(value);
            }
        }
        for (PortSlot slot : g.right()) {
            children.add(port(w, slot));
            Text label = text(slot.label(), 0, slot.y() + 4, theme.text());
            label.setX(w - 10 - label.getLayoutBounds().getWidth());
            children.add(label);
            details.add(label);
        }
        root.getChildren().setAll(children);
        applySelected();
        applyDetail();
        setProblems(problems);
        statusFooter = null;
        setRunStatus(runStatus);
    }

    /** The module's geometry as last drawn (subclasses lay their body out with it). */
    protected ModuleGeometry geometry() {
        return geometry;
    }

    /** The theme the skin draws with. */
    protected CanvasTheme theme() {
        return theme;
    }

    /**
     * Shows the run status as a footer just under the box (dot, state, events in and out per second), so the box
     * itself and its ports stay as they are; a failure's message is the footer's tooltip.
     */
    @Override
    public void setRunStatus(ModuleRunStatus status) {
        runStatus = status;
        if (statusFooter != null) {
            root.getChildren().remove(statusFooter);
            statusFooter = null;
        }
        if (status == null || geometry == null) {
            return;
        }
        Color tone = switch (status.state()) {
            case RUNNING -> theme.compatible();
            case WAITING -> theme.warning();
            case FAILED -> theme.error();
        };
        Text label = text(clip(status.state() == ModuleRunStatus.State.FAILED && status.message() != null
            ? "failed: " + status.message() : status.summary(), geometry.width() - 20, 6.0), 16, 12, theme.text());
        label.setFont(theme.portFont());
        Rectangle pill = rect(0, 0, Math.min(geometry.width(), label.getLayoutBounds().getWidth() + 24), 17,
            theme.body());
        pill.setArcWidth(ARC);
        pill.setArcHeight(ARC);
        pill.setStroke(tone);
        Circle dot = new Circle(8, 8.5, 4, tone);
        statusFooter = new Group(pill, dot, label);
        statusFooter.getStyleClass().add("run-status");
        statusFooter.setLayoutY(geometry.height() + 3);
        if (status.message() != null) {
            Tooltip.install(statusFooter, new Tooltip(status.message()));
        }
        root.getChildren().add(statusFooter);
    }

    /** The run-status footer, or null when the canvas does not run (for tests). */
    public Node statusFooter() {
        return statusFooter;
    }

    /** The run status shown, or null. */
    public ModuleRunStatus runStatus() {
        return runStatus;
    }

    @Override
    public void setSelected(boolean on) {
        selected = on;
        applySelected();
    }

    private void applySelected() {
        frame.setStroke(selected ? theme.selection() : theme.border());
        frame.setStrokeWidth(selected ? 2 : 1);
    }

    @Override
    public void setProblems(List<Problem> list) {
        problems = List.copyOf(list);
        if (badge != null) {
            root.getChildren().remove(badge);
            badge = null;
        }
        if (problems.isEmpty() || geometry == null) {
            return;
        }
        boolean error = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        Circle dot = new Circle(8, error ? theme.error() : theme.warning());
        dot.setStroke(Color.WHITE);
        dot.setStrokeWidth(1.5);
        Text mark = new Text(problems.size() > 9 ? "9+" : Integer.toString(problems.size()));
        mark.setFont(theme.portFont());
        mark.setFill(Color.WHITE);
        mark.setX(-mark.getLayoutBounds().getWidth() / 2);
        mark.setY(4);
        badge = new Group(dot, mark);
        badge.getStyleClass().add("problem-badge");
        badge.setLayoutX(geometry.width() - 2);
        badge.setLayoutY(2);
        Tooltip.install(badge, new Tooltip(problems.stream().map(Problem::message).collect(Collectors.joining("\n"))));
        root.getChildren().add(badge);
    }

    /** The badge node, or null when the module has no problems (for tests and the console's "show" action). */
    public Node badge() {
        return badge;
    }

    @Override
    public void setDetail(DetailLevel level) {
        detail = level;
        applyDetail();
    }

    private void applyDetail() {
        boolean full = detail == DetailLevel.FULL;
        for (Node n : details) {
            n.setVisible(full);
        }
    }

    @Override
    public void showPortStates(Function<String, PortState> stateOf) {
        receiving.forEach((name, circle) -> {
            PortState state = stateOf == null ? PortState.NEUTRAL : stateOf.apply(name);
            states.put(name, state);
            switch (state) {
                case COMPATIBLE, REPLACES -> {
                    circle.setRadius(ModuleGeometry.PORT_RADIUS + 2);
                    circle.setStroke(state == PortState.COMPATIBLE ? theme.compatible() : theme.replaces());
                    circle.setStrokeWidth(3);
                    circle.setOpacity(1);
                }
                case REFUSED -> {
                    resetPort(circle);
                    circle.setOpacity(0.3);
                }
                default -> resetPort(circle);
            }
        });
    }

    /** How a receiving port shows now (for tests). */
    public PortState portState(String port) {
        return states.getOrDefault(port, PortState.NEUTRAL);
    }

    private void resetPort(Circle c) {
        c.setRadius(ModuleGeometry.PORT_RADIUS);
        c.setStroke(((Color) c.getFill()).darker());
        c.setStrokeWidth(1);
        c.setOpacity(1);
    }

    private Circle port(double x, PortSlot slot) {
        Circle c = new Circle(x, slot.y(), ModuleGeometry.PORT_RADIUS, theme.portColor(slot.type()));
        resetPort(c);
        return c;
    }

    private static Rectangle rect(double x, double y, double w, double h, Color fill) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setFill(fill);
        return r;
    }

    private Text text(String s, double x, double y, Color fill) {
        Text t = new Text(x, y, s);
        t.setFont(theme.portFont());
        t.setFill(fill);
        return t;
    }

    private static String clip(String s, double width, double charWidth) {
        int max = (int) (width / charWidth);
        return s.length() <= max || max < 2 ? s : s.substring(0, max - 1) + "…";
    }
}
