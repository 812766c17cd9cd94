package dev.rivulet.app.start;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.runtime.workspace.VersionInfo;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * An old version shown read-only in its own window: the canvas drawn as usual, zoom and pan with the wheel, but every
 * mouse press and key that could edit is swallowed before the canvas sees it. The document is a private copy, so
 * nothing could reach the workspace anyway.
 *
 * <p>Usage: {@code new VersionPreview(registry).show("Price alerts", version, document);}
 */
public final class VersionPreview {
    private final ModuleRegistry registry;

    public VersionPreview(ModuleRegistry registry) {
        this.registry = registry;
    }

    /** Builds the read-only pane (for tests and for embedding in a tab). */
    public BorderPane pane(String canvasName, VersionInfo version, CanvasDocument document) {
        CanvasView view = new CanvasView(new EditSession(document, registry), ModuleSkins.standard(CanvasTheme.LIGHT));
        view.addEventFilter(MouseEvent.ANY, e -> {
            if (e.getEventType() != MouseEvent.MOUSE_MOVED) {
                e.consume();
            }
        });
        view.addEventFilter(KeyEvent.ANY, KeyEvent::consume);
        Label banner = new Label(canvasName + " — version " + version.version() + " of " + Times.format(version.created())
            + " (read-only): " + version.summary());
        banner.setId("read-only-banner");
        banner.setPadding(new Insets(6, 10, 6, 10));
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff4ce; -fx-text-fill: #5c4400;");
        BorderPane pane = new BorderPane(view);
        pane.setTop(banner);
        pane.setUserData(view);
        return pane;
    }

    public Stage show(String canvasName, VersionInfo version, CanvasDocument document) {
        Stage stage = new Stage();
        BorderPane pane = pane(canvasName, version, document);
        stage.setTitle(canvasName + " — version " + version.version() + " (read-only)");
        stage.setScene(new Scene(pane, 1000, 700));
        stage.setOnHidden(e -> ((CanvasView) pane.getUserData()).dispose());
        stage.show();
        return stage;
    }
}
