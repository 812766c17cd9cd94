package dev.rivulet.core;

import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;

/**
 * Values an input keeps in the saved canvas because the receiving module's ports depend on them before any value
 * flows: an EthereumContract input keeps the contract (address and ABI) it is connected to, as Streamr's editor did,
 * so EthereumCall and GetEvents can offer the contract's functions and events. Whoever connects ports in a document
 * (the canvas editor, {@link CanvasBuilder}) calls {@link #copyOnConnect} and, when it returns true, regenerates the
 * target module's ports.
 *
 * <p>Usage: {@code if (DesignValues.copyOnConnect(registry, from, "contract", to, to.input("contract").get())) refresh(to);}
 */
public final class DesignValues {
    private DesignValues() {
    }

    /**
     * Copies the value a pullable source (GetContractAt, SolidityCompileDeploy) currently offers on {@code output}
     * into {@code target}, if the target is an EthereumContract input. Returns whether the target's value changed.
     */
    public static boolean copyOnConnect(ModuleRegistry registry, ModuleNode from, String output, ModuleNode to,
                                        PortNode target) {
        if (DataType.fromStreamr(target.type) != DataType.ETHEREUM_CONTRACT) {
            return false;
        }
        ModuleInstance source = registry.instantiate(from, new ArrayList<>());
        Output out = source.output(output);
        if (!(source instanceof Pullable p) || out == null) {
            return false;
        }
        Object value = p.pull(out);
        if (value == null || value.equals(target.value)) {
            return false;
        }
        target.value = value;
        return true;
    }
}
