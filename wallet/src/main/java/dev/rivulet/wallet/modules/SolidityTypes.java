package dev.rivulet.wallet.modules;

import dev.rivulet.core.DataType;
import dev.rivulet.wallet.abi.AbiParam;

/** How Solidity types appear as ports (Streamr's EthereumToStreamrTypes): numbers, booleans, text, lists. */
final class SolidityTypes {

    private SolidityTypes() {
    }

    static DataType portType(String solidityType) {
        if (solidityType.endsWith("]")) {
            return DataType.LIST;
        }
        if (solidityType.startsWith("uint") || solidityType.startsWith("int")) {
            return DataType.DOUBLE;
        }
        if (solidityType.equals("bool")) {
            return DataType.BOOLEAN;
        }
        return DataType.STRING;
    }

    /** A port name for an argument or result: its name, or "(type)_i" when unnamed, as Streamr named them. */
    static String portName(AbiParam p, int index) {
        return p.name().isEmpty() ? "(" + p.type() + ")_" + index : p.name();
    }
}
