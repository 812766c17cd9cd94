package dev.rivulet.app.workspace;

import dev.rivulet.app.workspace.InspectorViewModel.Field;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** A parameter or option of the inspected module as a {@link PropertySheet} row; setting it issues a command. */
final class FieldItem implements PropertySheet.Item {
    private final Field field;
    private final Consumer<Object> commit;

    FieldItem(Field field, Consumer<Object> commit) {
        this.field = field;
        this.commit = commit;
    }

    Field field() {
        return field;
    }

    @Override
    public Class<?> getType() {
        return field.type();
    }

    @Override
    public String getCategory() {
        return field.option() ? "Options" : "Parameters";
    }

    @Override
    public String getName() {
        return field.label();
    }

    @Override
    public String getDescription() {
        return field.help();
    }

    @Override
    public Object getValue() {
        return field.value();
    }

    @Override
    public void setValue(Object value) {
        if (value != null && !value.equals(field.value())) {
            commit.accept(value);
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
