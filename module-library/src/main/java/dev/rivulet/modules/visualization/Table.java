package dev.rivulet.modules.visualization;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Streamr's Table (VariadicEventTable): each activation adds a row with the values of the connected inputs, in input
 * order; with showOnlyNewValues, inputs that did not fire this time are left empty.
 */
public final class Table extends ModuleInstance {
    private final VariadicGroup columns = variadicInputs("in", dev.rivulet.core.DataType.OBJECT, 2)
        .lockDriving(true).alwaysReady();
    private Input[] connected = new Input[0];

    public Table() {
        option("maxRows", "int", 20, "Rows kept on screen.");
        option("showOnlyNewValues", "boolean", true, "Leave a cell empty unless its input fired.");
        option("uiResendLast", "int", 20, "Rows resent to a widget that attaches late.");
    }

    /**
     * Every column drives the table and is ready before its first value (Streamr locks the toggle: a column that could
     * not add rows would only show stale values); the group's flags also cover ports grown later.
     */
    @Override
    protected void onConfiguration(ModuleNode node) {
        for (Input in : columns.inputs()) {
            in.help("A column of the table; every value arriving here adds a row.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        List<Input> list = new ArrayList<>();
        for (Input in : columns.inputs()) {
            if (in.isConnected()) {
                list.add(in);
            }
        }
        connected = list.toArray(new Input[0]);
        List<String> headers = new ArrayList<>();
        for (Input in : connected) {
            headers.add(in.displayName());
        }
        context().publish(this, new UiMessage.TableHeaders(now(), headers));
    }

    @Override
    public void sendOutput() {
        boolean onlyNew = optionBoolean("showOnlyNewValues");
        List<Object> row = new ArrayList<>(connected.length);
        for (Input in : connected) {
            row.add(in.hasValue() && (!onlyNew || in.wasTriggered()) ? in.getValue() : null);
        }
        context().publish(this, new UiMessage.TableRow(now(), row));
    }

    /** Rows stay on screen through "clear", as in Streamr. */
    @Override
    public boolean canClearState() {
        return false;
    }
}
