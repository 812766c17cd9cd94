package dev.rivulet.canvas.edit;

import java.util.List;
import java.util.Optional;

/**
 * The ports of one module on the canvas as its type declares them, in display order.
 *
 * @param errorStub       the module's type is unknown to this build (its ports come from the saved document)
 * @param variadicInputs  the module has a growable input group
 * @param variadicOutputs the module has a growable output group that is not linked to its inputs
 */
public record ModulePorts(List<PortInfo> params, List<PortInfo> inputs, List<PortInfo> outputs, boolean errorStub,
                          boolean variadicInputs, boolean variadicOutputs) {

    public ModulePorts {
        params = List.copyOf(params);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** An input or parameter (the ports a connection can end at). */
    public Optional<PortInfo> receiving(String name) {
        return find(inputs, name).or(() -> find(params, name));
    }

    public Optional<PortInfo> output(String name) {
        return find(outputs, name);
    }

    private static Optional<PortInfo> find(List<PortInfo> ports, String name) {
        for (PortInfo p : ports) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
