package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The saved configuration of one endpoint (input, parameter or output) of a module instance.
 * Null fields mean "the module type's default".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "id", "displayName", "type", "value", "driving", "initialValue", "noRepeat", "export",
    "variadic"})
public final class PortNode extends Extensible {
    /**
     * The field that replaces a secret parameter's value: the id of the value in the data directory's secret store.
     * Kept as an extra field, so both codecs carry it unchanged ({@code {"name": "password", "secretRef": "..."}}).
     */
    public static final String SECRET_REF = "secretRef";

    /** Stable port name within the module (connections refer to it). */
    public String name;
    /** Endpoint instance id (Streamr's "ep_..." or UUID), kept for round trips. */
    public String id;
    public String displayName;
    /** Declared type as written (e.g. "Double", "List Map"); informative, the module type decides. */
    public String type;
    /** Parameter value. */
    public Object value;
    public Boolean driving;
    public Object initialValue;
    public Boolean noRepeat;
    public Boolean export;
    /** Present on variadic ports: index in the group, whether it is the spare last port, linked output name. */
    public VariadicNode variadic;

    public PortNode() {
    }

    public PortNode(String name) {
        this.name = name;
    }

    /** The id of the stored secret this parameter refers to, or null when its value is in the document. */
    public String secretRef() {
        return extra(SECRET_REF) instanceof String id && !id.isBlank() ? id : null;
    }

    /** Refers to a stored secret (and drops the value), or with null removes the reference. */
    public void secretRef(String id) {
        if (id == null) {
            extra().remove(SECRET_REF);
        } else {
            putExtra(SECRET_REF, id);
            value = null;
        }
    }

    public PortNode copy() {
        PortNode p = new PortNode(name);
        p.id = id;
        p.displayName = displayName;
        p.type = type;
        p.value = DeepCopy.value(value);
        p.driving = driving;
        p.initialValue = DeepCopy.value(initialValue);
        p.noRepeat = noRepeat;
        p.export = export;
        p.variadic = variadic == null ? null : variadic.copy();
        p.copyExtraFrom(this);
        return p;
    }
}
