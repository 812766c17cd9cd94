package dev.rivulet.wallet;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A transaction with everything filled in, as the confirmation dialog shows it: the chain, nonce, gas
 * limit and fee terms. {@link #maxCostWei()} is the most it can cost in fees.
 */
public record PreparedTransaction(ChainProfile chain, TransactionRequest request, BigInteger nonce,
                                  BigInteger gasLimit, Fees fees) {

    public PreparedTransaction {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(fees, "fees");
    }

    /** The maximum fee: gas limit times the maximum price per gas, in wei. */
    public BigInteger maxFeeWei() {
        return gasLimit.multiply(fees.maxPricePerGas());
    }

    /** Value plus maximum fee: what the sender must hold at least. */
    public BigInteger maxCostWei() {
        return request.value().add(maxFeeWei());
    }
}
