package dev.rivulet.wallet.abi;

import java.util.Objects;

/**
 * One argument, result or event field of a contract ABI.
 *
 * @param name    as declared; may be empty
 * @param type    the canonical Solidity type ("uint256", "address", "bytes32", "uint8[]")
 * @param indexed for event fields: whether it travels in a topic
 */
public record AbiParam(String name, String type, boolean indexed) {

    public AbiParam {
        name = name == null ? "" : name;
        Objects.requireNonNull(type, "type");
    }
}
