package dev.rivulet.app.run;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.WireTap;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The values a selected wire carries while its canvas runs: the last {@value #HISTORY} (time, value), newest first,
 * refreshed at most once per frame and only when something new arrived; Pause freezes the list, Copy puts it on the
 * clipboard as tab-separated lines. Recording happens only while a wire is shown here ({@link RunHandle#inspect}).
 *
 * <p>Usage: {@code inspector.show(run, doc, connection); pane.getChildren().add(inspector.node());}
 */
public final class WireInspector {
    static final int HISTORY = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final VBox root = new VBox(4);
    private final Label title = new Label();
    private final ListView<String> values = new ListView<>();
    private final ToggleButton pause = new ToggleButton("Pause");
    private final Button copy = new Button("Copy");
    private final Consumer<String> status;
    private final AnimationTimer refresh;
    private WireTap tap;
    private long shownVersion = -1;

    public WireInspector(Runnable close, Consumer<String> status) {
        this.status = status;
        root.setId("wire-inspector");
        root.setPadding(new Insets(4, 8, 4, 8));
        root.setPrefHeight(150);
        title.setId("wire-title");
        title.getStyleClass().add("text-bold");
        values.setId("wire-values");
        values.setPlaceholder(new Label("No values yet"));
        pause.setId("wire-pause");
        copy.setId("wire-copy");
        Button hide = new Button("Close");
        hide.setId("wire-close");
        hide.getStyleClass().add("flat");
        hide.setOnAction(e -> {
            stop();
            close.run();
        });
        copy.setOnAction(e -> copyValues());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, pause, copy, hide);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(values, Priority.ALWAYS);
        root.getChildren().addAll(bar, values);
        refresh = new AnimationTimer() {
            @Override
            public void handle(long now) {
                update();
            }
        };
    }

    public VBox node() {
        return root;
    }

    /** Starts recording a wire of the running canvas (and stops recording the one shown before). */
    public void show(RunHandle run, CanvasDocument doc, ConnectionNode wire) {
        stop();
        title.setText("Wire " + name(doc, wire.from.module) + "." + wire.from.port + " → " + name(doc, wire.to.module)
            + "." + wire.to.port);
        values.getItems().clear();
        pause.setSelected(false);
        shownVersion = -1;
        tap = run.inspect(wire.from.module, wire.from.port, HISTORY);
        refresh.start();
    }

    /** Stops recording (the run ended, or the inspector closed); the values shown stay. */
    public void stop() {
        refresh.stop();
        if (tap != null) {
            tap.close();
            tap = null;
        }
    }

    /** The lines shown, newest first (for tests). */
    List<String> lines() {
        return List.copyOf(values.getItems());
    }

    private void update() {
        WireTap t = tap;
        if (t == null || pause.isSelected() || t.version() == shownVersion) {
            return;
        }
        shownVersion = t.version();
        List<WireTap.Value> seen = t.values();
        String[] lines = new String[seen.size()];
        for (int i = 0; i < seen.size(); i++) {
            WireTap.Value v = seen.get(seen.size() - 1 - i);
            lines[i] = TIME.format(Instant.ofEpochMilli(v.time())) + "\t" + text(v.value());
        }
        values.getItems().setAll(lines);
    }

    private void copyValues() {
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join("\n", values.getItems()) + "\n");
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied " + values.getItems().size() + " values");
    }

    private static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    private static String name(CanvasDocument doc, int hash) {
        return doc.module(hash).map(m -> m.displayName != null ? m.displayName : m.name).orElse("#" + hash);
    }
}
