package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A wire from an output to an input or parameter. A {@code feedback} connection delivers its value for the
 * target's next activation instead of the current pass, which is how a loop is drawn on purpose.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"from", "to", "feedback"})
public final class ConnectionNode extends Extensible {
    public PortRef from;
    public PortRef to;
    public boolean feedback;

    public ConnectionNode() {
    }

    public ConnectionNode(int fromModule, String fromPort, int toModule, String toPort) {
        this.from = new PortRef(fromModule, fromPort);
        this.to = new PortRef(toModule, toPort);
    }

    public ConnectionNode copy() {
        ConnectionNode c = new ConnectionNode(from.module, from.port, to.module, to.port);
        c.from.copyExtraFrom(from);
        c.to.copyExtraFrom(to);
        c.feedback = feedback;
        c.copyExtraFrom(this);
        return c;
    }

    @Override
    public String toString() {
        return from + " -> " + to + (feedback ? " (feedback)" : "");
    }

    /** A port of a module instance. Extensible so that fields a later version adds here survive a round trip. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"module", "port"})
    public static final class PortRef extends Extensible {
        public int module;
        public String port;

        public PortRef() {
        }

        public PortRef(int module, String port) {
            this.module = module;
            this.port = port;
        }

        @Override
        public String toString() {
            return module + "." + port;
        }
    }
}
