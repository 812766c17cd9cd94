package dev.rivulet.wallet.chain;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainAccessException;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TransactionRevertedException;
import dev.rivulet.wallet.TxHash;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Waits for a receipt by polling, and for a failed transaction finds the revert reason by replaying
 * it with eth_call on the state before its block (receipts carry no reason on most nodes).
 */
public final class ReceiptWatcher {

    private final RpcClient rpc;
    private final Duration pollInterval;

    public ReceiptWatcher(RpcClient rpc, Duration pollInterval) {
        this.rpc = rpc;
        this.pollInterval = pollInterval;
    }

    /**
     * The outcome once mined.
     *
     * @throws ChainAccessException if no receipt appears within {@code timeout}
     */
    public TransactionOutcome await(TxHash hash, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<TransactionReceipt> receipt = rpc.receipt(hash);
            if (receipt.isPresent()) {
                return outcome(hash, receipt.get());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new ChainAccessException("no receipt for " + hash + " within " + timeout + "; it may still be pending");
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChainAccessException("interrupted while waiting for " + hash, e);
            }
        }
    }

    /** The outcome if the transaction is mined by now, without waiting. */
    public Optional<TransactionOutcome> poll(TxHash hash) {
        return rpc.receipt(hash).map(receipt -> outcome(hash, receipt));
    }

    private TransactionOutcome outcome(TxHash hash, TransactionReceipt receipt) {
        boolean ok = receipt.isStatusOK();
        String reason = ok ? null : revertReason(hash, receipt);
        BigInteger price = receipt.getEffectiveGasPrice() == null ? BigInteger.ZERO
                : Numeric.decodeQuantity(receipt.getEffectiveGasPrice());
        Address created = receipt.getContractAddress() == null ? null : Address.of(receipt.getContractAddress());
        return new TransactionOutcome(hash, ok, receipt.getBlockNumber().longValueExact(), receipt.getGasUsed(),
                price, created, reason);
    }

    private String revertReason(TxHash hash, TransactionReceipt receipt) {
        if (receipt.getRevertReason() != null && !receipt.getRevertReason().isBlank()) {
            return RevertReasons.decode(receipt.getRevertReason()).orElse(receipt.getRevertReason());
        }
        Optional<Transaction> tx = rpc.transaction(hash);
        if (tx.isEmpty() || tx.get().getTo() == null) {
            return "reverted (reason unavailable)";
        }
        try {
            Transaction t = tx.get();
            rpc.call(Address.of(t.getFrom()), Address.of(t.getTo()), t.getInput(), receipt.getBlockNumber().subtract(BigInteger.ONE));
            return "reverted (the replay succeeded, so the reason depends on the block's other transactions or on gas)";
        } catch (TransactionRevertedException e) {
            return e.reason();
        }
    }
}
