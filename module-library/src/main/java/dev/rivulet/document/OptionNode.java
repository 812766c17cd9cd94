package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A module option, as in Streamr: {@code {value, type ∈ string|int|double|boolean|color, possibleValues?}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"value", "type"})
public final class OptionNode extends Extensible {
    public Object value;
    public String type;

    public OptionNode() {
    }

    public OptionNode(Object value, String type) {
        this.value = value;
        this.type = type;
    }

    public OptionNode copy() {
        OptionNode o = new OptionNode(DeepCopy.value(value), type);
        o.copyExtraFrom(this);
        return o;
    }
}
