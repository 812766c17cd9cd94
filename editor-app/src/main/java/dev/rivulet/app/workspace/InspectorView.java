package dev.rivulet.app.workspace;

import dev.rivulet.app.workspace.InspectorViewModel.Field;
import dev.rivulet.app.workspace.InspectorViewModel.PortToggles;
import dev.rivulet.app.workspace.InspectorViewModel.Shown;
import dev.rivulet.canvas.edit.EditResult;
import dev.rivulet.canvas.edit.PortFlag;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The inspector on the right: the selected module's name (editable), type, parameters and options in a ControlsFX
 * {@link PropertySheet}, the toggles of each port (driving, no-repeat, export, initial value) and the module's help.
 * Every change goes through {@link InspectorViewModel}, so it is one undoable command.
 *
 * <p>Usage: {@code new InspectorView(vm, message -> status.setText(message)).node()}.
 */
final class InspectorView {
    private final InspectorViewModel vm;
    private final Consumer<String> refused;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final Label empty = new Label("Select one module to see its settings.");

    InspectorView(InspectorViewModel vm, Consumer<String> refused) {
        this.vm = vm;
        this.refused = refused;
        root.setId("inspector");
        root.setFitToWidth(true);
        root.setMinWidth(220);
        root.setPrefWidth(330);
        content.setPadding(new Insets(10));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        vm.module().addListener((o, a, b) -> show(b));
        show(vm.module().get());
    }

    ScrollPane node() {
        return root;
    }

    private void show(Shown m) {
        Label title = new Label("Inspector");
        title.getStyleClass().add("title-4");
        if (m == null) {
            content.getChildren().setAll(title, empty);
            return;
        }
        TextField name = new TextField(m.name());
        name.setId("inspector-name");
        name.setOnAction(e -> report(vm.rename(name.getText())));
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now && !name.getText().equals(m.name())) {
                report(vm.rename(name.getText()));
            }
        });
        Label type = new Label(m.typeName() + (m.errorStub() ? "  (unknown type)" : ""));
        type.getStyleClass().add(m.errorStub() ? "danger" : "text-muted");
        PropertySheet sheet = new PropertySheet();
        sheet.setId("inspector-properties");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new FieldEditors());
        for (Field f : m.fields()) {
            sheet.getItems().add(new FieldItem(f, v -> report(vm.setField(f, v))));
        }
        Label help = new Label(m.help().isBlank() ? "No help for this module." : m.help());
        help.setId("inspector-help");
        help.setWrapText(true);
        content.getChildren().setAll(title, name, type);
        if (!m.fields().isEmpty()) {
            content.getChildren().add(sheet);
        }
        if (!m.ports().isEmpty()) {
            content.getChildren().addAll(section("Ports"), ports(m));
        }
        content.getChildren().addAll(section("Help"), help);
    }

    private VBox ports(Shown m) {
        VBox list = new VBox(8);
        list.setId("inspector-ports");
        for (PortToggles p : m.ports()) {
            Label label = new Label(p.label() + "  ·  " + p.kind());
            label.getStyleClass().add("text-bold");
            FlowPane toggles = new FlowPane(12, 4);
            toggles.setPadding(new Insets(0, 0, 0, 10));
            if (p.driving() != null) {
                toggles.getChildren().add(toggle(p, "Driving", PortFlag.DRIVING, p.driving()));
            }
            if (p.noRepeat() != null) {
                toggles.getChildren().add(toggle(p, "No repeat", PortFlag.NO_REPEAT, p.noRepeat()));
            }
            toggles.getChildren().add(toggle(p, "Export", PortFlag.EXPORT, p.export()));
            if (p.canHaveInitialValue()) {
                TextField initial = new TextField(p.initialValue() == null ? "" : String.valueOf(p.initialValue()));
                initial.setId("initial-" + p.port());
                initial.setPromptText("initial value");
                initial.setPrefColumnCount(7);
                initial.setOnAction(e -> report(vm.setInitialValue(p, initial.getText())));
                toggles.getChildren().add(initial);
            }
            list.getChildren().add(new VBox(4, label, toggles));
        }
        return list;
    }

    private CheckBox toggle(PortToggles p, String text, PortFlag flag, boolean on) {
        CheckBox box = new CheckBox(text);
        box.setId(flag.name().toLowerCase(java.util.Locale.ROOT) + "-" + p.port());
        box.setSelected(on);
        box.setOnAction(e -> report(vm.setFlag(p.port(), flag, box.isSelected())));
        return box;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private void report(EditResult r) {
        if (!r.done()) {
            refused.accept(r.reason());
        }
    }
}
