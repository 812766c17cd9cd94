package dev.rivulet.wallet;

import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the caller wants to send, before fees, nonce and gas are filled in by
 * {@link WalletService#prepare(TransactionRequest)}.
 *
 * <p>{@code TransactionRequest.transfer(from, to, wei)} for native currency; contract calls carry ABI-encoded
 * {@code data} (see {@code dev.rivulet.wallet.token.DataToken} for the DATA token's calls).
 *
 * @param to       recipient or contract; null creates a contract from {@code data}
 * @param data     call data or init code as 0x-prefixed hex ("0x" when empty)
 * @param gasLimit a fixed gas limit, or null to estimate one (estimation also reports reverts early)
 */
public record TransactionRequest(Address from, Address to, BigInteger value, String data, BigInteger gasLimit) {

    private static final Pattern HEX = Pattern.compile("0x([0-9a-fA-F]{2})*");

    public TransactionRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(data, "data");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value must not be negative");
        }
        if (!HEX.matcher(data).matches()) {
            throw new IllegalArgumentException("data must be 0x-prefixed hex bytes");
        }
        if (to == null && data.length() <= 2) {
            throw new IllegalArgumentException("a contract creation needs init code");
        }
    }

    /** Sends {@code wei} of native currency. */
    public static TransactionRequest transfer(Address from, Address to, BigInteger wei) {
        return new TransactionRequest(from, Objects.requireNonNull(to, "to"), wei, "0x", null);
    }

    /** Calls a contract with ABI-encoded data and no value. */
    public static TransactionRequest call(Address from, Address contract, String data) {
        return new TransactionRequest(from, Objects.requireNonNull(contract, "contract"), BigInteger.ZERO, data, null);
    }

    /** The same request with a fixed gas limit instead of an estimate. */
    public TransactionRequest withGasLimit(BigInteger limit) {
        return new TransactionRequest(from, to, value, data, limit);
    }

    public boolean createsContract() {
        return to == null;
    }
}
