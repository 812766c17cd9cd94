package dev.rivulet.app;

import java.nio.file.Path;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The editor's main window: menu bar, module palette (left), canvas (centre) and status bar. The
 * palette and canvas are placeholders until their controls exist.
 */
public final class MainWindow {

    /** Window title. */
    public static final String TITLE = "Rivulet";

    private final BorderPane root = new BorderPane();

    public MainWindow(Path dataDirectory, String storeStatus, Runnable quit) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(quit, "quit");
        root.setId("main-window");
        root.setTop(menuBar(quit));
        root.setLeft(placeholder("modules-placeholder", "Modules", 220));
        root.setCenter(placeholder("canvas-placeholder", "Canvas", -1));
        root.setBottom(statusBar(dataDirectory, storeStatus));
    }

    /** The window's content, for embedding and tests. */
    public BorderPane root() {
        return root;
    }

    /** Puts the window's content into {@code stage}, titles it and shows it. */
    public void showIn(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }

    private static MenuBar menuBar(Runnable quit) {
        MenuItem quitItem = new MenuItem("Quit");
        quitItem.setId("menu-quit");
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> quit.run());
        Menu file = new Menu("File", null, quitItem);
        MenuBar bar = new MenuBar(file, new Menu("Edit"), new Menu("View"), new Menu("Help"));
        bar.setId("menu-bar");
        return bar;
    }

    private static StackPane placeholder(String id, String text, double width) {
        Label label = new Label(text);
        label.setStyle("-fx-text-fill: #888; -fx-font-size: 16px;");
        StackPane pane = new StackPane(label);
        pane.setId(id);
        if (width > 0) {
            pane.setPrefWidth(width);
            pane.setStyle("-fx-border-color: transparent #ccc transparent transparent;");
        }
        return pane;
    }

    private static HBox statusBar(Path dataDirectory, String storeStatus) {
        Label dataDir = new Label("Data directory: " + dataDirectory);
        dataDir.setId("status-data-dir");
        Label stores = new Label(storeStatus == null ? "" : storeStatus);
        stores.setId("status-stores");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, dataDir, spacer, new Separator(Orientation.VERTICAL), stores);
        bar.setId("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setStyle("-fx-border-color: #ccc transparent transparent transparent;");
        return bar;
    }
}
