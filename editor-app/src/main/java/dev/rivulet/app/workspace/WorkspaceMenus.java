package dev.rivulet.app.workspace;

import dev.rivulet.canvas.CanvasCommands;
import dev.rivulet.canvas.geometry.Arrange;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The menu bar (File, Edit, View, Canvas, Run, Help) and toolbar of the workspace, with the usual shortcuts. Undo and Redo
 * name the command they would undo or redo.
 *
 * <p>Usage: {@code WorkspaceMenus m = new WorkspaceMenus(vm, actions, hooks); root.setTop(new VBox(m.menuBar(),
 * m.toolBar()));}
 */
final class WorkspaceMenus {
    /** Window-level actions the menus trigger that are not file or canvas commands. */
    record Hooks(Runnable find, Runnable quickAdd, Runnable layout, Runnable about, Runnable quit) {
    }

    /** The Run menu's actions; {@code active} is true while the current canvas runs. */
    record RunHooks(Runnable run, Runnable stop, Runnable resetAndStart, Runnable historical,
                    javafx.beans.value.ObservableBooleanValue active, java.util.function.BooleanSupplier saveState,
                    java.util.function.Consumer<Boolean> setSaveState) {
    }

    private final WorkspaceViewModel vm;
    private final WorkspaceActions actions;
    private final Hooks hooks;
    private final RunHooks runs;

    WorkspaceMenus(WorkspaceViewModel vm, WorkspaceActions actions, Hooks hooks, RunHooks runs) {
        this.vm = vm;
        this.actions = actions;
        this.hooks = hooks;
        this.runs = runs;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), edit(), view(), canvas(), run(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        return menu("File",
            item("menu-new", "New Canvas", "Shortcut+N", MaterialDesignF.FILE_OUTLINE, actions::newCanvas),
            item("menu-open", "Open / Import…", "Shortcut+O", MaterialDesignF.FOLDER_OPEN_OUTLINE, actions::open),
            new SeparatorMenuItem(),
            item("menu-save", "Save", "Shortcut+S", MaterialDesignC.CONTENT_SAVE_OUTLINE, actions::save),
            item("menu-save-as", "Save As…", "Shortcut+Shift+S", null, actions::saveAs),
            item("menu-export-streamr", "Export as Streamr JSON…", null, MaterialDesignE.EXPORT, actions::exportStreamr),
            new SeparatorMenuItem(),
            item("menu-close", "Close Canvas", "Shortcut+W", null, actions::closeCurrent),
            item("menu-quit", "Quit", "Shortcut+Q", null, hooks.quit()));
    }

    private Menu edit() {
        MenuItem undo = item("menu-undo", "Undo", "Shortcut+Z", MaterialDesignU.UNDO, vm::undo);
        undo.textProperty().bind(vm.undoText());
        undo.disableProperty().bind(vm.canUndo().not());
        MenuItem redo = item("menu-redo", "Redo", "Shortcut+Shift+Z", MaterialDesignR.REDO, vm::redo);
        redo.textProperty().bind(vm.redoText());
        redo.disableProperty().bind(vm.canRedo().not());
        return menu("Edit", undo, redo, new SeparatorMenuItem(),
            item("menu-cut", "Cut", "Shortcut+X", MaterialDesignC.CONTENT_CUT, canvas(CanvasCommands::cut)),
            item("menu-copy", "Copy", "Shortcut+C", MaterialDesignC.CONTENT_COPY, canvas(CanvasCommands::copy)),
            item("menu-paste", "Paste", "Shortcut+V", MaterialDesignC.CONTENT_PASTE, actions::paste),
            item("menu-duplicate", "Duplicate", "Shortcut+D", null, canvas(CanvasCommands::duplicate)),
            item("menu-delete", "Delete", "Delete", MaterialDesignT.TRASH_CAN_OUTLINE,
                canvas(CanvasCommands::deleteSelection)),
            new SeparatorMenuItem(),
            item("menu-select-all", "Select All", "Shortcut+A", null, canvas(CanvasCommands::selectAll)),
            item("menu-find", "Find in Canvas…", "Shortcut+F", MaterialDesignM.MAGNIFY, hooks.find()));
    }

    private Menu view() {
        MenuItem theme = item("menu-theme", "Dark Theme", "Shortcut+Shift+D", MaterialDesignT.THEME_LIGHT_DARK,
            () -> vm.theme().set(vm.theme().get().other()));
        vm.theme().addListener((o, a, b) -> theme.setText(b == WorkspaceTheme.DARK ? "Light Theme" : "Dark Theme"));
        Menu scale = new Menu("UI Scale");
        scale.setId("menu-ui-scale");
        javafx.scene.control.ToggleGroup choices = new javafx.scene.control.ToggleGroup();
        for (double s : UiScale.CHOICES) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(UiScale.label(s));
            item.setId("menu-ui-scale-" + Math.round(s * 100));
            item.setToggleGroup(choices);
            item.setSelected(s == vm.uiScale().get());
            item.setOnAction(e -> vm.uiScale().set(s));
            scale.getItems().add(item);
        }
        vm.uiScale().addListener((o, a, b) -> choices.getToggles().forEach(t -> t.setSelected(
            ((MenuItem) t).getId().equals("menu-ui-scale-" + Math.round(b.doubleValue() * 100)))));
        return menu("View",
            item("menu-zoom-in", "Zoom In", "Shortcut+Equals", MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                canvas(CanvasCommands::zoomIn)),
            item("menu-zoom-out", "Zoom Out", "Shortcut+Minus", MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                canvas(CanvasCommands::zoomOut)),
            item("menu-zoom-fit", "Zoom to Fit", "Shift+1", MaterialDesignF.FIT_TO_PAGE_OUTLINE,
                canvas(CanvasCommands::zoomToFit)),
            item("menu-zoom-100", "Actual Size (100%)", "Shortcut+0", null, canvas(CanvasCommands::zoomActual)),
            new SeparatorMenuItem(), theme, scale);
    }

    private Menu canvas() {
        Menu align = new Menu("Align and Distribute");
        for (Arrange.Kind k : Arrange.Kind.values()) {
            align.getItems().add(item("menu-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                k.label(), null, null, canvas(c -> c.arrange(k))));
        }
        return menu("Canvas",
            item("menu-quick-add", "Quick Add Module…", "Shortcut+K", MaterialDesignP.PLUS_BOX_OUTLINE,
                hooks.quickAdd()),
            item("menu-add-comment", "Add Comment", "Shortcut+Shift+C", MaterialDesignC.COMMENT_TEXT_OUTLINE,
                canvas(CanvasCommands::addComment)),
            align,
            item("menu-layout", "Automatic Layout", "Shortcut+L", MaterialDesignS.SITEMAP_OUTLINE, hooks.layout()),
            item("menu-pin", "Pin Selected Modules", "Shortcut+P", MaterialDesignP.PIN_OUTLINE,
                actions::pinSelection),
            item("menu-unpin", "Unpin Selected Modules", "Shortcut+Shift+P", MaterialDesignP.PIN_OFF_OUTLINE,
                actions::unpinSelection),
            new SeparatorMenuItem(),
            item("menu-group", "Group Selected Modules", "Shortcut+G", MaterialDesignG.GROUP,
                canvas(CanvasCommands::group)),
            item("menu-ungroup", "Ungroup", "Shortcut+Shift+G", MaterialDesignU.UNGROUP,
                canvas(CanvasCommands::ungroup)),
            item("menu-collapse-group", "Collapse or Expand Group", "Shortcut+E", null,
                canvas(CanvasCommands::toggleGroups)),
            // F2 itself is handled by the canvas, so that it never reaches a group from a text field
            item("menu-rename-group", "Rename Group (F2)", null, null, canvas(CanvasCommands::renameGroup)),
            new SeparatorMenuItem(),
            item("menu-select-next", "Select Next Module", null, null, canvas(c -> c.selectNext(false))),
            item("menu-select-previous", "Select Previous Module", null, null, canvas(c -> c.selectNext(true))));
    }

    private Menu run() {
        MenuItem start = item("menu-run", "Run", "F5", MaterialDesignP.PLAY, runs.run());
        start.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> runs.active().get(),
            runs.active()));
        MenuItem stop = item("menu-stop", "Stop", "Shift+F5", MaterialDesignS.STOP, runs.stop());
        stop.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !runs.active().get(),
            runs.active()));
        javafx.scene.control.CheckMenuItem saveState = new javafx.scene.control.CheckMenuItem(
            "Save State (resume after a restart)");
        saveState.setId("menu-save-state");
        saveState.setOnAction(e -> runs.setSaveState().accept(saveState.isSelected()));
        Menu menu = menu("Run", start, stop,
            item("menu-reset-and-start", "Reset and Start", "Shortcut+F5", MaterialDesignR.RESTART,
                runs.resetAndStart()),
            new SeparatorMenuItem(),
            item("menu-historical", "Historical Run…", "Shortcut+Shift+H", MaterialDesignH.HISTORY,
                runs.historical()),
            new SeparatorMenuItem(), saveState);
        menu.setOnShowing(e -> saveState.setSelected(runs.saveState().getAsBoolean()));
        return menu;
    }

    private Menu help() {
        return menu("Help", item("menu-about", "About Rivulet", null, null, hooks.about()));
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar(
            button("tool-new", "New canvas (Ctrl+N)", MaterialDesignF.FILE_OUTLINE, actions::newCanvas),
            button("tool-open", "Open or import (Ctrl+O)", MaterialDesignF.FOLDER_OPEN_OUTLINE, actions::open),
            button("tool-save", "Save (Ctrl+S)", MaterialDesignC.CONTENT_SAVE_OUTLINE, actions::save),
            new Separator(Orientation.VERTICAL),
            bound(button("tool-undo", "Undo", MaterialDesignU.UNDO, vm::undo), true),
            bound(button("tool-redo", "Redo", MaterialDesignR.REDO, vm::redo), false),
            new Separator(Orientation.VERTICAL),
            button("tool-zoom-in", "Zoom in (Ctrl+=)", MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                canvas(CanvasCommands::zoomIn)),
            button("tool-zoom-out", "Zoom out (Ctrl+-)", MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                canvas(CanvasCommands::zoomOut)),
            button("tool-zoom-fit", "Zoom to fit (Shift+1)", MaterialDesignF.FIT_TO_PAGE_OUTLINE,
                canvas(CanvasCommands::zoomToFit)),
            new Separator(Orientation.VERTICAL),
            button("tool-quick-add", "Quick add module (Ctrl+K)", MaterialDesignP.PLUS_BOX_OUTLINE, hooks.quickAdd()),
            button("tool-find", "Find in canvas (Ctrl+F)", MaterialDesignM.MAGNIFY, hooks.find()),
            button("tool-align-left", "Align left", MaterialDesignF.FORMAT_ALIGN_LEFT,
                canvas(c -> c.arrange(Arrange.Kind.ALIGN_LEFT))),
            button("tool-align-top", "Align top", MaterialDesignF.FORMAT_ALIGN_TOP,
                canvas(c -> c.arrange(Arrange.Kind.ALIGN_TOP))),
            button("tool-comment", "Add comment (Ctrl+Shift+C)", MaterialDesignC.COMMENT_TEXT_OUTLINE,
                canvas(CanvasCommands::addComment)),
            button("tool-layout", "Automatic layout (Ctrl+L)", MaterialDesignS.SITEMAP_OUTLINE, hooks.layout()),
            new Separator(Orientation.VERTICAL),
            runBound(button("tool-run", "Run (F5)", MaterialDesignP.PLAY, runs.run()), false),
            runBound(button("tool-stop", "Stop (Shift+F5)", MaterialDesignS.STOP, runs.stop()), true),
            button("tool-reset-and-start", "Reset and start (Ctrl+F5)", MaterialDesignR.RESTART, runs.resetAndStart()),
            button("tool-historical", "Historical run (Ctrl+Shift+H)", MaterialDesignH.HISTORY, runs.historical()),
            new Separator(Orientation.VERTICAL),
            button("tool-theme", "Light or dark theme (Ctrl+Shift+D)", MaterialDesignW.WEATHER_NIGHT,
                () -> vm.theme().set(vm.theme().get().other())));
        bar.setId("tool-bar");
        return bar;
    }

    private Button runBound(Button b, boolean whileActive) {
        b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
            () -> whileActive != runs.active().get(), runs.active()));
        return b;
    }

    private Button bound(Button b, boolean undo) {
        b.disableProperty().bind((undo ? vm.canUndo() : vm.canRedo()).not());
        b.getTooltip().textProperty().bind(undo ? vm.undoText() : vm.redoText());
        return b;
    }

    private Runnable canvas(Consumer<CanvasCommands> command) {
        return () -> actions.canvas(command);
    }

    private static Menu menu(String text, MenuItem... items) {
        Menu m = new Menu(text, null, items);
        m.setId("menu-" + text.toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    private static MenuItem item(String id, String text, String accelerator, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String id, String tip, Ikon icon, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
