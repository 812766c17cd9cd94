package dev.rivulet.wallet.solidity;

import dev.rivulet.wallet.abi.ContractAbi;
import java.util.Objects;

/**
 * A compiled contract, ready to deploy.
 *
 * @param bytecode creation code as hex without 0x
 */
public record CompiledContract(String name, ContractAbi abi, String bytecode) {

    public CompiledContract {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(abi, "abi");
        Objects.requireNonNull(bytecode, "bytecode");
    }
}
