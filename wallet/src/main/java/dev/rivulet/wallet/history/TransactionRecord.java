package dev.rivulet.wallet.history;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.TxHash;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One transaction in an account's history as stored in {@code wallet.db}.
 *
 * <p>{@code wallet.history(me).forEach(tx -> show(tx.hash(), tx.status(), tx.failureReason()));}
 *
 * @param to              recipient or contract, null for a contract creation
 * @param summary         the decoded call as the confirmation showed it, e.g. "DATA token transfer(to, amount)"
 * @param blockNumber     the block it was mined in, or null while pending or when dropped
 * @param gasUsed         null until mined
 * @param effectiveGasPrice null until mined
 * @param contractAddress the created contract, or null
 * @param failureReason   the decoded revert reason of a failed transaction or why it was dropped, or null
 */
public record TransactionRecord(long chainId, TxHash hash, Address from, Address to, BigInteger nonce,
                                BigInteger value, String data, BigInteger gasLimit, BigInteger maxFeePerGas,
                                String summary, TransactionStatus status, Instant sentAt, Instant updatedAt,
                                Long blockNumber, BigInteger gasUsed, BigInteger effectiveGasPrice,
                                Address contractAddress, String failureReason) {

    public TransactionRecord {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failureReason);
    }

    /** The fee paid once mined: gas used times the effective price; empty before. */
    public Optional<BigInteger> feeWei() {
        return gasUsed == null || effectiveGasPrice == null ? Optional.empty() : Optional.of(gasUsed.multiply(effectiveGasPrice));
    }
}
