package dev.rivulet.wallet.chain;

import dev.rivulet.wallet.Fees;
import java.math.BigInteger;
import java.util.Optional;

/**
 * EIP-1559 fee terms from the latest base fee: {@code maxFee = 2 * baseFee + tip}, which stays valid
 * through six consecutive full blocks (the base fee grows at most 12.5 % per block). Chains without a
 * base fee get a legacy gas price.
 */
final class FeeEstimator {

    /** 1.5 gwei, the tip most wallets default to when the node suggests none. */
    static final BigInteger DEFAULT_TIP = BigInteger.valueOf(1_500_000_000L);

    private final RpcClient rpc;

    FeeEstimator(RpcClient rpc) {
        this.rpc = rpc;
    }

    Fees estimate() {
        Optional<BigInteger> baseFee = rpc.latestBaseFee();
        if (baseFee.isEmpty()) {
            return new Fees.Legacy(rpc.gasPrice());
        }
        BigInteger tip = rpc.maxPriorityFee().orElse(DEFAULT_TIP);
        return new Fees.Eip1559(baseFee.get().shiftLeft(1).add(tip), tip);
    }
}
