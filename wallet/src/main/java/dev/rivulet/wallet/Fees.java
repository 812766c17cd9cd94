package dev.rivulet.wallet;

import java.math.BigInteger;

/**
 * The fee terms of a prepared transaction: EIP-1559 where the chain has a base fee, legacy gas price
 * otherwise.
 */
public sealed interface Fees {

    /** The most a unit of gas can cost under these terms. */
    BigInteger maxPricePerGas();

    /** EIP-1559: pay at most {@code maxFeePerGas}, of which up to {@code maxPriorityFeePerGas} tips the producer. */
    record Eip1559(BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) implements Fees {
        @Override
        public BigInteger maxPricePerGas() {
            return maxFeePerGas;
        }
    }

    /** Pre-London chains: one gas price. */
    record Legacy(BigInteger gasPrice) implements Fees {
        @Override
        public BigInteger maxPricePerGas() {
            return gasPrice;
        }
    }
}
