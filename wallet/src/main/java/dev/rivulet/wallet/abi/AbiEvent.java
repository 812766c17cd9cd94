package dev.rivulet.wallet.abi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.web3j.crypto.Hash;

/** An event of a contract ABI. */
public record AbiEvent(String name, List<AbiParam> inputs, boolean anonymous) {

    public AbiEvent {
        Objects.requireNonNull(name, "name");
        inputs = List.copyOf(inputs);
    }

    public String signature() {
        return name + "(" + inputs.stream().map(AbiParam::type).collect(Collectors.joining(",")) + ")";
    }

    /** Topic 0 of its logs: keccak256 of the signature, 0x-prefixed lower-case hex. */
    public String topic() {
        return Hash.sha3String(signature());
    }
}
