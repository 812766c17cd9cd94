package dev.rivulet.wallet.modules;

import dev.rivulet.core.Output;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.LogEntry;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.abi.AbiCodec;
import java.math.BigInteger;
import java.util.List;

/** EthereumCall's outputs for a mined transaction: hash, the contract's events in it, cost, gas, block and nonce. */
record TransactionOutputs(Output txHash, List<EventOutputs> events, Output spentEth, Output gasUsed,
                          Output gasPriceWei, Output blockNumber, Output nonce) {

    void send(WalletService wallet, Address contract, BigInteger valueWei, TransactionOutcome outcome, BigInteger txNonce) {
        txHash.send(outcome.hash().hex());
        if (outcome.succeeded()) {
            for (LogEntry log : wallet.logs(contract, outcome.blockNumber(), outcome.blockNumber())) {
                if (log.transactionHash() != null && log.transactionHash().equals(outcome.hash())) {
                    for (EventOutputs e : events) {
                        e.sendIfMatches(log);
                    }
                }
            }
        }
        BigInteger spent = (outcome.succeeded() ? valueWei : BigInteger.ZERO).add(outcome.feeWei());
        spentEth.send(AbiCodec.weiToEther(spent));
        gasUsed.send(outcome.gasUsed().doubleValue());
        gasPriceWei.send(outcome.effectiveGasPrice().doubleValue());
        blockNumber.send((double) outcome.blockNumber());
        nonce.send(txNonce.doubleValue());
    }
}
