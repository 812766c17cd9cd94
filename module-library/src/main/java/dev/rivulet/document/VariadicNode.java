package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Variadic-port bookkeeping, as in Streamr's {@code variadic:{index, isLast, linkedOutput, disableGrow}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"index", "isLast", "linkedOutput", "disableGrow"})
public final class VariadicNode extends Extensible {
    public Integer index;
    public Boolean isLast;
    public String linkedOutput;
    public Boolean disableGrow;

    public VariadicNode copy() {
        VariadicNode v = new VariadicNode();
        v.index = index;
        v.isLast = isLast;
        v.linkedOutput = linkedOutput;
        v.disableGrow = disableGrow;
        v.copyExtraFrom(this);
        return v;
    }
}
