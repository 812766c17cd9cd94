package dev.rivulet.app.workspace;

import dev.rivulet.canvas.CanvasView;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Find in canvas (Ctrl+F): a bar above the canvas; Enter selects every module whose name, type or a parameter value
 * contains the text and brings the first into view; Escape closes it and returns to the canvas.
 *
 * <p>Usage: {@code findBar.open();}
 */
final class FindBar {
    private final Supplier<CanvasView> view;
    private final HBox root = new HBox(8);
    private final TextField field = new TextField();
    private final Label result = new Label();

    FindBar(Supplier<CanvasView> view) {
        this.view = view;
        root.setId("find-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 8, 4, 8));
        field.setId("find-field");
        field.setPromptText("Find modules by name, type or parameter value");
        field.setPrefColumnCount(30);
        result.setId("find-result");
        Button close = new Button("Close");
        close.setOnAction(e -> close());
        field.setOnAction(e -> find());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        root.getChildren().addAll(new Label("Find"), field, result, close);
        root.setVisible(false);
        root.setManaged(false);
    }

    HBox node() {
        return root;
    }

    void open() {
        root.setVisible(true);
        root.setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        root.setVisible(false);
        root.setManaged(false);
        CanvasView v = view.get();
        if (v != null) {
            v.requestFocus();
        }
    }

    private void find() {
        CanvasView v = view.get();
        if (v == null) {
            return;
        }
        List<Integer> hits = v.commands().find(field.getText());
        result.setText(hits.isEmpty() ? "No match" : hits.size() == 1 ? "1 match" : hits.size() + " matches");
    }
}
