package dev.rivulet.wallet.modules;

import dev.rivulet.core.Output;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.LogEntry;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.abi.AbiCodec;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/** EthereumCall's outputs for a mined transaction: hash, the contract's events in it, cost, gas, block and nonce. */
record TransactionOutputs(Output txHash, List<EventOutputs> events, Output spentEth, Output gasUsed,
                          Output gasPriceWei, Output blockNumber, Output nonce) {

    /** What the chain says about a sent transaction once mined (gathered on any thread). */
    record Mined(TransactionOutcome outcome, List<LogEntry> logs, BigInteger nonce, BigInteger valueWei) {
        /** "reverted: reason" for a failed transaction. */
        java.util.Optional<String> revertReason() {
            return outcome.succeeded() ? java.util.Optional.empty()
                : java.util.Optional.of("reverted: " + outcome.revert().orElse("no reason given"));
        }
    }

    /** Waits for the receipt and reads the transaction's logs and nonce; blocks, so any thread but the FX one. */
    static Mined await(WalletService wallet, Address contract, TxHash hash, BigInteger valueWei, Duration timeout) {
        TransactionOutcome outcome = wallet.waitForReceipt(hash, timeout);
        List<LogEntry> logs = outcome.succeeded()
            ? wallet.logs(contract, outcome.blockNumber(), outcome.blockNumber()).stream()
                .filter(l -> hash.equals(l.transactionHash())).toList()
            : List.of();
        return new Mined(outcome, logs, wallet.transactionNonce(hash), valueWei);
    }

    /** Sends the outputs (engine thread). */
    void send(Mined m) {
        TransactionOutcome outcome = m.outcome();
        txHash.send(outcome.hash().hex());
        for (LogEntry log : m.logs()) {
            for (EventOutputs e : events) {
                if (e.sendIfMatches(log)) {
                    break;
                }
            }
        }
        BigInteger spent = (outcome.succeeded() ? m.valueWei() : BigInteger.ZERO).add(outcome.feeWei());
        spentEth.send(AbiCodec.weiToEther(spent));
        gasUsed.send(outcome.gasUsed().doubleValue());
        gasPriceWei.send(outcome.effectiveGasPrice().doubleValue());
        blockNumber.send((double) outcome.blockNumber());
        nonce.send(m.nonce().doubleValue());
    }
}
