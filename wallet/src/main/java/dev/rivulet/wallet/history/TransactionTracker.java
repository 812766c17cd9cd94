package dev.rivulet.wallet.history;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.PreparedTransaction;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.chain.ReceiptWatcher;
import dev.rivulet.wallet.chain.RpcClient;
import dev.rivulet.wallet.chain.SendJournal;
import dev.rivulet.wallet.confirm.CallDecoder;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the history of one chain up to date: records what the sender signs (as the {@link SendJournal})
 * and, on every {@link #refresh()}, follows each pending transaction of {@code wallet.db}, including those
 * left pending by an earlier run, to confirmed, failed (with its decoded revert reason) or dropped.
 *
 * <p>A transaction is dropped when the node no longer knows it and either its nonce has been used by another
 * mined transaction (replaced) or it has been unknown for longer than {@code dropAfter}.
 */
public final class TransactionTracker implements SendJournal {

    private static final Logger log = LoggerFactory.getLogger(TransactionTracker.class);

    private final ChainProfile chain;
    private final TransactionHistory history;
    private final RpcClient rpc;
    private final ReceiptWatcher receipts;
    private final CallDecoder decoder;
    private final Clock clock;
    private final Duration dropAfter;
    private final List<Consumer<TransactionRecord>> listeners = new CopyOnWriteArrayList<>();

    public TransactionTracker(ChainProfile chain, TransactionHistory history, RpcClient rpc, ReceiptWatcher receipts,
                              CallDecoder decoder, Clock clock, Duration dropAfter) {
        this.chain = chain;
        this.history = history;
        this.rpc = rpc;
        this.receipts = receipts;
        this.decoder = decoder;
        this.clock = clock;
        this.dropAfter = dropAfter;
    }

    /** Receives every new or changed record (on the sending or the watcher thread). */
    public void addListener(Consumer<TransactionRecord> listener) {
        listeners.add(listener);
    }

    @Override
    public void signed(TxHash hash, PreparedTransaction tx, BigInteger nonce) {
        notifyListeners(history.recordSigned(chain.chainId(), hash, tx.request().from(), tx.request().to(), nonce,
                tx.request().value(), tx.request().data(), tx.gasLimit(), tx.fees().maxPricePerGas(),
                decoder.describe(chain, tx.request())));
    }

    @Override
    public void refused(TxHash hash, RuntimeException cause) {
        history.forget(chain.chainId(), hash);
        log.info("the node refused {}: {}", hash, cause.getMessage());
    }

    /** Stores an outcome someone else waited for. */
    public void apply(TransactionOutcome outcome) {
        history.applyOutcome(chain.chainId(), outcome).ifPresent(this::notifyListeners);
    }

    /** Follows up every pending transaction of this chain once; the caller has checked the chain id. */
    public void refresh() {
        for (TransactionRecord pending : history.pending(chain.chainId())) {
            Optional<TransactionOutcome> outcome = receipts.poll(pending.hash());
            if (outcome.isPresent()) {
                apply(outcome.get());
            } else if (rpc.transaction(pending.hash()).isEmpty()) {
                dropReason(pending).flatMap(reason -> history.markDropped(chain.chainId(), pending.hash(), reason))
                        .ifPresent(this::notifyListeners);
            }
        }
    }

    public List<TransactionRecord> forAccount(Address account) {
        return history.forAccount(chain.chainId(), account);
    }

    private Optional<String> dropReason(TransactionRecord pending) {
        if (rpc.minedNonce(pending.from()).compareTo(pending.nonce()) > 0) {
            // the node may have mined it between the receipt and the nonce query: ask once more
            if (receipts.poll(pending.hash()).isPresent()) {
                return Optional.empty();
            }
            return Optional.of("replaced: another transaction with nonce " + pending.nonce() + " was mined");
        }
        Duration unknownFor = Duration.between(pending.sentAt(), clock.instant());
        if (unknownFor.compareTo(dropAfter) >= 0) {
            return Optional.of("the node no longer knows it (unseen for " + unknownFor.toSeconds() + " s)");
        }
        return Optional.empty();
    }

    private void notifyListeners(TransactionRecord record) {
        for (Consumer<TransactionRecord> listener : listeners) {
            try {
                listener.accept(record);
            } catch (RuntimeException e) {
                log.warn("a history listener failed", e);
            }
        }
    }
}
