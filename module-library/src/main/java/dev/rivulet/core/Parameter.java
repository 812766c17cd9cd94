package dev.rivulet.core;

import java.util.List;

/**
 * A parameter: an input that always has a value (its default or the user's), shown in the inspector, and
 * connectable like an input. Parameters are not driving unless the user toggles them.
 *
 * <p>Usage in a module: {@code private final Parameter length = doubleParam("length", 60);}
 */
public class Parameter extends Input {
    final Object defaultValue;
    List<PossibleValue> possibleValues = List.of();
    boolean updateOnChange;
    boolean textArea;
    boolean secret;

    Parameter(ModuleInstance owner, String name, DataType type, TypeSet types, Object defaultValue) {
        super(owner, name, type, types);
        this.defaultValue = defaultValue;
        this.driving = false;
        this.requiresConnection = false;
        this.canHaveInitialValue = false;
        setSilently(defaultValue);
    }

    @Override
    public Parameter help(String text) {
        super.help(text);
        return this;
    }

    /** Restricts the value to a list of choices, alternating display name and value. */
    public Parameter choices(Object... nameValuePairs) {
        List<PossibleValue> list = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            list.add(new PossibleValue(String.valueOf(nameValuePairs[i]), nameValuePairs[i + 1]));
        }
        possibleValues = List.copyOf(list);
        return this;
    }

    /** Changing this parameter changes the module's ports (the editor re-instantiates it). */
    public Parameter updatesPorts() {
        updateOnChange = true;
        return this;
    }

    public Parameter textArea() {
        textArea = true;
        return this;
    }

    /** A password or key: stored encrypted, never exported in plain text. */
    public Parameter secret() {
        secret = true;
        return this;
    }

    @Override
    public Parameter lockDriving() {
        super.lockDriving();
        return this;
    }

    public Parameter driving() {
        driving = true;
        return this;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public List<PossibleValue> possibleValues() {
        return possibleValues;
    }

    public boolean updateOnChange() {
        return updateOnChange;
    }

    public boolean isTextArea() {
        return textArea;
    }

    public boolean isSecret() {
        return secret;
    }

    /** Sets the parameter's configured value (from the document or a live change). */
    public void setValue(Object value) {
        setSilently(value == null ? defaultValue : value);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    void clear() {
        // parameters keep their values across clearState
        triggeredAt = -1;
    }

    /** One choice of an enumerated parameter ({@code possibleValues:[{name, value}]}). */
    public record PossibleValue(String name, Object value) {
    }
}
