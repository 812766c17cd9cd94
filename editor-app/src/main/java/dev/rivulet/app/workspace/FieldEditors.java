package dev.rivulet.app.workspace;

import dev.rivulet.core.Parameter;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Editors for inspector fields that commit once per change (Enter, focus lost, a pick), never per keystroke, so each
 * change is one undo step: a check box for booleans, a combo box for fields with choices, else a text field (masked
 * for secrets).
 */
final class FieldEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        FieldItem f = (FieldItem) item;
        if (!f.field().choices().isEmpty()) {
            return choices(f);
        }
        if (f.field().type() == Boolean.class) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.TRUE.equals(f.getValue()));
            box.setOnAction(e -> f.setValue(box.isSelected()));
            return editor(box, box::isSelected, v -> box.setSelected(Boolean.TRUE.equals(v)));
        }
        TextField text = f.field().secret() ? new PasswordField() : new TextField();
        text.setId("field-" + f.field().name());
        text.setText(f.getValue() == null ? "" : format(f.getValue()));
        Runnable commit = () -> {
            String before = f.getValue() == null ? "" : format(f.getValue());
            if (!text.getText().equals(before)) {
                try {
                    f.setValue(f.field().type() == Double.class ? (Object) Double.parseDouble(text.getText().strip())
                        : text.getText());
                } catch (NumberFormatException notANumber) {
                    text.setText(before);
                }
            }
        };
        text.setOnAction(e -> commit.run());
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return editor(text, text::getText, v -> text.setText(v == null ? "" : format(v)));
    }

    private static PropertyEditor<?> choices(FieldItem f) {
        ComboBox<Parameter.PossibleValue> box = new ComboBox<>();
        box.setId("field-" + f.field().name());
        box.getItems().setAll(f.field().choices());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Parameter.PossibleValue v) {
                return v == null ? "" : v.name();
            }

            @Override
            public Parameter.PossibleValue fromString(String s) {
                return null;
            }
        });
        for (Parameter.PossibleValue v : f.field().choices()) {
            if (Objects.equals(String.valueOf(v.value()), String.valueOf(f.getValue()))) {
                box.getSelectionModel().select(v);
            }
        }
        box.setOnAction(e -> {
            Parameter.PossibleValue v = box.getValue();
            if (v != null) {
                f.setValue(v.value());
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return editor(box, box::getValue, v -> { });
    }

    /** Numbers without a needless ".0", so 20 reads as 20. */
    static String format(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(v);
    }

    private static <T> PropertyEditor<T> editor(Node node, java.util.function.Supplier<T> get,
                                                java.util.function.Consumer<Object> set) {
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return node;
            }

            @Override
            public T getValue() {
                return get.get();
            }

            @Override
            public void setValue(T value) {
                set.accept(value);
            }
        };
    }
}
