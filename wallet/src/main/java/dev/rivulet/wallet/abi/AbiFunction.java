package dev.rivulet.wallet.abi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A function (or the constructor) of a contract ABI.
 *
 * @param stateMutability "pure", "view", "nonpayable" or "payable" (older ABIs' constant/payable flags are mapped)
 */
public record AbiFunction(String name, List<AbiParam> inputs, List<AbiParam> outputs, String stateMutability) {

    public AbiFunction {
        Objects.requireNonNull(name, "name");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(stateMutability, "stateMutability");
    }

    /** View and pure functions: answered by eth_call, no transaction. */
    public boolean isReadOnly() {
        return stateMutability.equals("view") || stateMutability.equals("pure");
    }

    public boolean isPayable() {
        return stateMutability.equals("payable");
    }

    /** "name(type1,type2)", as hashed for the selector. */
    public String signature() {
        return name + "(" + inputs.stream().map(AbiParam::type).collect(Collectors.joining(",")) + ")";
    }
}
