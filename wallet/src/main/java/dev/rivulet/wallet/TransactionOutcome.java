package dev.rivulet.wallet;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A mined transaction's result.
 *
 * @param contractAddress the created contract, or null
 * @param revertReason    the decoded revert reason of a failed transaction, or null
 */
public record TransactionOutcome(TxHash hash, boolean succeeded, long blockNumber, BigInteger gasUsed,
                                 BigInteger effectiveGasPrice, Address contractAddress, String revertReason) {

    public TransactionOutcome {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(gasUsed, "gasUsed");
        Objects.requireNonNull(effectiveGasPrice, "effectiveGasPrice");
    }

    public Optional<Address> createdContract() {
        return Optional.ofNullable(contractAddress);
    }

    public Optional<String> revert() {
        return Optional.ofNullable(revertReason);
    }

    /** What the sender paid in fees. */
    public BigInteger feeWei() {
        return gasUsed.multiply(effectiveGasPrice);
    }
}
