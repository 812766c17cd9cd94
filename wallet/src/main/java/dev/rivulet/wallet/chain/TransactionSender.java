package dev.rivulet.wallet.chain;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainMismatchException;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.Fees;
import dev.rivulet.wallet.PreparedTransaction;
import dev.rivulet.wallet.TransactionApprover;
import dev.rivulet.wallet.TransactionRejectedException;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.WalletLockedException;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.ChainAccessException;
import java.io.IOException;
import java.math.BigInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Prepares, approves, signs and sends transactions on one chain. Before anything is signed the
 * endpoint's chain id must equal the profile's, so a misconfigured or hijacked RPC URL cannot obtain a
 * signature valid on another chain.
 */
public final class TransactionSender {

    private static final Logger log = LoggerFactory.getLogger(TransactionSender.class);
    private static final BigInteger PLAIN_TRANSFER_GAS = BigInteger.valueOf(21_000);

    private final ChainProfile chain;
    private final RpcClient rpc;
    private final Keyring keyring;
    private final TransactionApprover approver;
    private final FeeEstimator fees;
    private final NonceTracker nonces = new NonceTracker();
    private final SendJournal journal;

    public TransactionSender(ChainProfile chain, RpcClient rpc, Keyring keyring, TransactionApprover approver) {
        this(chain, rpc, keyring, approver, SendJournal.NONE);
    }

    /** Like the four-argument constructor, recording every signed transaction in {@code journal}. */
    public TransactionSender(ChainProfile chain, RpcClient rpc, Keyring keyring, TransactionApprover approver, SendJournal journal) {
        this.journal = journal;
        this.chain = chain;
        this.rpc = rpc;
        this.keyring = keyring;
        this.approver = approver;
        this.fees = new FeeEstimator(rpc);
    }

    /** Fills in gas limit, fees and the nonce the transaction would get now (not reserved yet). */
    public PreparedTransaction prepare(TransactionRequest request) {
        checkChainId();
        BigInteger gasLimit = request.gasLimit() != null ? request.gasLimit() : gasLimit(request);
        return new PreparedTransaction(chain, request, rpc.pendingNonce(request.from()), gasLimit, fees.estimate());
    }

    /** Prepares, asks the approver, then signs and sends. */
    public TxHash send(TransactionRequest request) {
        return send(request, approver);
    }

    /** Prepares, asks {@code approval} (instead of the wallet's approver), then signs and sends. */
    public TxHash send(TransactionRequest request, TransactionApprover approval) {
        if (keyring.isLocked()) {
            // before preparing: a canvas allowance must not be charged for a transaction that cannot be signed
            throw new WalletLockedException("wallet locked: unlock it with the wallet password to sign");
        }
        PreparedTransaction prepared = prepare(request);
        if (!approval.approve(prepared)) {
            throw new TransactionRejectedException("the transaction was not approved; nothing was signed");
        }
        return signAndSend(prepared);
    }

    private TxHash signAndSend(PreparedTransaction prepared) {
        Address from = prepared.request().from();
        // One send at a time per sender, so nonces reach the node in order (nodes that do not queue
        // gapped nonces, such as an automining hardhat, would otherwise refuse the later one).
        synchronized (nonces.lockFor(from)) {
            // checked again right before signing: the endpoint may have changed since preparation
            checkChainId();
            BigInteger nonce = nonces.take(from, rpc.pendingNonce(from));
            try {
                RawTransaction raw = raw(prepared, nonce);
                String signed = keyring.withKey(from, key ->
                        Numeric.toHexString(TransactionEncoder.signMessage(raw, chain.chainId(), Credentials.create(key))));
                TxHash hash = new TxHash(Hash.sha3(signed));
                journal.signed(hash, prepared, nonce);
                try {
                    rpc.sendRaw(signed);
                } catch (ChainAccessException e) {
                    // unreachable: the node may still have it, so the record stays pending for the tracker
                    if (!(e.getCause() instanceof IOException)) {
                        journal.refused(hash, e);
                    }
                    throw e;
                } catch (RuntimeException e) {
                    journal.refused(hash, e);
                    throw e;
                }
                log.info("sent {} from {} on chain {}", hash, from, chain.chainId());
                return hash;
            } catch (RuntimeException e) {
                nonces.forget(from);
                throw e;
            }
        }
    }

    private RawTransaction raw(PreparedTransaction tx, BigInteger nonce) {
        TransactionRequest r = tx.request();
        String to = r.to() == null ? "" : r.to().hex();
        if (tx.fees() instanceof Fees.Eip1559 f) {
            return RawTransaction.createTransaction(chain.chainId(), nonce, tx.gasLimit(), to, r.value(), r.data(),
                    f.maxPriorityFeePerGas(), f.maxFeePerGas());
        }
        Fees.Legacy legacy = (Fees.Legacy) tx.fees();
        return RawTransaction.createTransaction(nonce, legacy.gasPrice(), tx.gasLimit(), to, r.value(), r.data());
    }

    private void checkChainId() {
        long reported = rpc.chainId();
        if (reported != chain.chainId()) {
            throw new ChainMismatchException("the RPC endpoint reports chain id " + reported + " but " + chain.name()
                    + " is chain " + chain.chainId() + ": nothing will be signed");
        }
    }

    /**
     * A transfer to an account without code costs exactly 21000 (some nodes estimate 21001); anything
     * else gets 20 % headroom over the estimate, since state can change before it is mined. The
     * estimate runs either way, so a doomed transaction is reported before it is signed.
     */
    private BigInteger gasLimit(TransactionRequest request) {
        BigInteger estimate = rpc.estimateGas(request);
        if (request.data().length() <= 2 && request.to() != null && !rpc.hasCode(request.to())) {
            return PLAIN_TRANSFER_GAS;
        }
        return estimate.multiply(BigInteger.valueOf(6)).divide(BigInteger.valueOf(5));
    }
}
