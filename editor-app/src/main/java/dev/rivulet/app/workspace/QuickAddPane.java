package dev.rivulet.app.workspace;

import dev.rivulet.core.ModuleDefinition;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * Quick add at the cursor: a small search box shown on the window's overlay (a node of the scene, not a popup
 * window, so keys reach it under any platform). Type to search (ranked as in the browser), arrows choose, Enter adds,
 * Escape or a click elsewhere closes.
 *
 * <p>Usage: {@code quickAdd.show(x, y, type -> true, type -> session.addModule(type.id(), cx, cy));}
 */
final class QuickAddPane {
    private static final int SHOWN = 10;
    private final Pane overlay;
    private final ModuleSearch search;
    private final VBox box = new VBox(4);
    private final TextField field = new TextField();
    private final ListView<ModuleDefinition> list = new ListView<>();
    private final Label hint = new Label();
    private Predicate<ModuleDefinition> filter = d -> true;
    private Consumer<ModuleDefinition> chosen = d -> { };

    QuickAddPane(Pane overlay, ModuleSearch search) {
        this.overlay = overlay;
        this.search = search;
        box.setId("quick-add");
        box.getStyleClass().add("quick-add");
        box.setPadding(new Insets(6));
        box.setManaged(false);
        box.setVisible(false);
        box.setPrefWidth(300);
        field.setId("quick-add-field");
        field.setPromptText("Add module…");
        list.setId("quick-add-list");
        list.setPrefHeight(SHOWN * 26 + 4);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ModuleDefinition d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + "  ·  " + d.category());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        hint.getStyleClass().add("text-muted");
        field.textProperty().addListener((o, a, b) -> update(b));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused && !list.isFocused()) {
                hide();
            }
        });
        box.getChildren().addAll(field, list, hint);
        overlay.getChildren().add(box);
    }

    boolean isShowing() {
        return box.isVisible();
    }

    /**
     * Shows the box with its top-left at an overlay point; {@code allowed} narrows the types (those a dropped wire
     * can feed), {@code onChosen} adds the chosen one.
     */
    void show(double x, double y, String title, Predicate<ModuleDefinition> allowed,
              Consumer<ModuleDefinition> onChosen) {
        filter = allowed;
        chosen = onChosen;
        hint.setText(title);
        field.clear();
        update("");
        box.autosize();
        double w = box.prefWidth(-1);
        double h = box.prefHeight(w);
        box.resizeRelocate(Math.max(0, Math.min(x, overlay.getWidth() - w)),
            Math.max(0, Math.min(y, overlay.getHeight() - h)), w, h);
        box.setVisible(true);
        box.toFront();
        field.requestFocus();
    }

    void hide() {
        box.setVisible(false);
    }

    private void update(String query) {
        List<ModuleDefinition> hits = query.isBlank() ? List.of() : search.search(query).stream().filter(filter)
            .limit(50).toList();
        list.getItems().setAll(hits);
        if (!hits.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                ModuleDefinition d = list.getSelectionModel().getSelectedItem();
                if (d != null) {
                    choose(d);
                }
            }
            case ESCAPE -> hide();
            case DOWN -> list.getSelectionModel().selectNext();
            case UP -> list.getSelectionModel().selectPrevious();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void choose(ModuleDefinition d) {
        hide();
        chosen.accept(d);
    }
}
