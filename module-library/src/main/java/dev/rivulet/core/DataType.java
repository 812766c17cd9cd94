package dev.rivulet.core;

import java.util.Locale;

/**
 * The value types that travel along connections, named as in Streamr's canvas JSON.
 *
 * <p>Usage: {@code DataType.fromStreamr("TimeSeries") == DataType.DOUBLE}.
 */
public enum DataType {
    DOUBLE("Double"),
    BOOLEAN("Boolean"),
    STRING("String"),
    MAP("Map"),
    LIST("List"),
    OBJECT("Object"),
    COLOR("Color"),
    BYTE_ARRAY("ByteArray"),
    STREAM("Stream"),
    ETHEREUM_CONTRACT("EthereumContract");

    private final String streamrName;

    DataType(String streamrName) {
        this.streamrName = streamrName;
    }

    /** The name used in Streamr's and our canvas JSON. */
    public String streamrName() {
        return streamrName;
    }

    /** Parses a type name; accepts Streamr's aliases ("TimeSeries", "Number"). Unknown names map to OBJECT. */
    public static DataType fromStreamr(String name) {
        if (name == null) {
            return OBJECT;
        }
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "double": case "timeseries": case "number": return DOUBLE;
            case "boolean": return BOOLEAN;
            case "string": case "text": return STRING;
            case "map": return MAP;
            case "list": return LIST;
            case "color": return COLOR;
            case "bytearray": return BYTE_ARRAY;
            case "stream": return STREAM;
            case "ethereumcontract": return ETHEREUM_CONTRACT;
            default: return OBJECT;
        }
    }
}
