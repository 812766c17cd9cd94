package dev.rivulet.core;

/**
 * A port of a running module: an input, a parameter or an output. Its {@link #name()} is stable and is what
 * documents and connections refer to; the display name is what the user sees.
 */
public abstract class Endpoint {
    final ModuleInstance owner;
    final String name;
    final TypeSet types;
    final DataType type;
    String displayName;
    String help = "";
    boolean export;
    /** Endpoint instance id from the document (Streamr "ep_..." ids), kept for round trips. */
    String endpointId;
    /** Non-null when the port belongs to a variadic group. */
    VariadicGroup group;

    Endpoint(ModuleInstance owner, String name, DataType type, TypeSet types) {
        this.owner = owner;
        this.name = name;
        this.type = type;
        this.types = types;
    }

    /** The type shown to the user (Streamr's "type"). */
    public DataType type() {
        return type;
    }

    /** Sets the help text shown in the editor; returns this for chaining. */
    public Endpoint help(String text) {
        this.help = text;
        return this;
    }

    public Endpoint displayName(String name) {
        this.displayName = name;
        return this;
    }

    public ModuleInstance owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    /** Accepted (inputs) or produced (outputs) types. */
    public TypeSet types() {
        return types;
    }

    public String displayName() {
        return displayName == null ? name : displayName;
    }

    public String help() {
        return help;
    }

    public boolean isExported() {
        return export;
    }

    public String endpointId() {
        return endpointId;
    }

    public VariadicGroup group() {
        return group;
    }

    public abstract boolean isConnected();

    /** "Module.port", as Streamr's longName. */
    public String longName() {
        return owner.name() + "." + displayName();
    }

    @Override
    public String toString() {
        return longName();
    }
}
