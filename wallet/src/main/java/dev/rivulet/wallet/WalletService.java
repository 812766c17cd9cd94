package dev.rivulet.wallet;

import dev.rivulet.wallet.grants.StreamSigningGrants;
import dev.rivulet.wallet.history.TransactionRecord;
import dev.rivulet.wallet.watch.AccountBalances;
import dev.rivulet.wallet.watch.ChainStatus;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The wallet as the rest of Rivulet sees it: accounts and their keys, message signatures, balances and
 * transactions on one chain. No web3j type appears here; addresses are {@link Address}, amounts
 * BigInteger wei or {@link TokenAmount}. Passwords are {@code char[]} that the caller wipes.
 * Methods that talk to the chain block: call them off the FX thread.
 *
 * <pre>{@code
 * WalletService wallet = DefaultWalletService.open(dataDir.resolve("wallet"), profile, approver);
 * NewHdWallet created = wallet.createHdWallet(password, "Main");   // show created.recoveryPhrase() once
 * TxHash hash = wallet.send(TransactionRequest.transfer(from, to, wei));
 * TransactionOutcome outcome = wallet.waitForReceipt(hash, Duration.ofMinutes(2));
 * }</pre>
 */
public interface WalletService extends AutoCloseable {

    // --- accounts and keys

    /** The accounts in the order they were added; unmodifiable. */
    List<Account> accounts();

    /** True when nothing is stored yet, so the first create or import sets the wallet password. */
    boolean isEmpty();

    boolean isLocked();

    /** @throws WrongPasswordException and stays locked when the password is wrong */
    void unlock(char[] password);

    void lock();

    /** Locks after this long without signing; zero never locks by itself. */
    void setIdleTimeout(Duration timeout);

    /** Receives {@code true} on lock and {@code false} on unlock (on the calling or a background thread). */
    void addLockListener(Consumer<Boolean> listener);

    /** Creates the HD seed and its first account; returns the recovery phrase once, for the confirmation step. */
    NewHdWallet createHdWallet(char[] password, String label);

    /** Restores an HD wallet from a phrase (or imports its first account if the wallet already has a seed). */
    Account importRecoveryPhrase(String phrase, char[] password, String label);

    Account importPrivateKey(String privateKeyHex, char[] password, String label);

    Account importKeystore(String keystoreJson, char[] keystorePassword, char[] password, String label);

    /** The next HD account, m/44'/60'/0'/0/n; needs the wallet unlocked. */
    Account deriveAccount(String label);

    Account renameAccount(Address address, String label);

    /** The account's key as keystore V3 JSON under {@code exportPassword}; needs the wallet unlocked. */
    String exportKeystore(Address address, char[] exportPassword);

    // --- signatures

    /** EIP-191 personal_sign. @throws WalletLockedException while locked */
    Signature signPersonalMessage(Address signer, byte[] message);

    /** EIP-712, given eth_signTypedData_v4 JSON. @throws WalletLockedException while locked */
    Signature signTypedData(Address signer, String typedDataJson);

    Address recoverPersonalSigner(byte[] message, Signature signature);

    Address recoverTypedDataSigner(String typedDataJson, Signature signature);

    // --- chain

    ChainProfile chain();

    /** Native balance in wei. */
    BigInteger nativeBalance(Address owner);

    /** An ERC-20 balance with the token's decimals and symbol. */
    TokenAmount tokenBalance(Address token, Address owner);

    /** Gas, fees and nonce for the confirmation dialog; reverts found by estimation throw {@link TransactionRevertedException}. */
    PreparedTransaction prepare(TransactionRequest request);

    /**
     * Prepares, asks the {@link TransactionApprover}, signs and sends.
     *
     * @throws ChainMismatchException if the endpoint's chain id is not the profile's
     * @throws TransactionRejectedException if not approved
     */
    TxHash send(TransactionRequest request);

    /**
     * Like {@link #send(TransactionRequest)}, but {@code approver} decides instead of the wallet's own (a running
     * canvas's {@link CanvasSpending} allowance instead of a confirmation dialog). Checks the lock first, so a locked
     * wallet never counts a transaction against an allowance.
     *
     * @throws WalletLockedException while locked
     */
    TxHash send(TransactionRequest request, TransactionApprover approver);

    /** Blocks until mined; a failed transaction's outcome carries its decoded revert reason. */
    TransactionOutcome waitForReceipt(TxHash hash, Duration timeout);

    /** eth_call with ABI-encoded data; returns the 0x-prefixed result. */
    String call(Address contract, String data);

    /** eth_call as {@code from} (functions that look at msg.sender); from may be null. */
    String call(Address from, Address contract, String data);

    /** The latest block's number. */
    long blockNumber();

    /** The event logs {@code contract} emitted in blocks {@code fromBlock..toBlock} (inclusive), in chain order. */
    List<LogEntry> logs(Address contract, long fromBlock, long toBlock);

    /** The nonce a sent transaction used. @throws ChainAccessException if the node does not know the transaction */
    BigInteger transactionNonce(TxHash hash);
    // --- history, balances, chain status and consent. The defaults refuse: they belong to wallets with a
    // wallet.db and a chain watcher, such as DefaultWalletService.

    /** The account's sent and received transactions on this chain, newest first. */
    default List<TransactionRecord> history(Address account) {
        throw unsupported("transaction history");
    }

    /** Receives every new or changed history record (on a background thread). */
    default void addHistoryListener(Consumer<TransactionRecord> listener) {
        throw unsupported("transaction history");
    }

    /** The native and DATA balances now (blocking). */
    default AccountBalances balances(Address account) {
        throw unsupported("balances");
    }

    /** Receives an account's balances whenever they change with a new block (on a background thread). */
    default void addBalanceListener(Consumer<AccountBalances> listener) {
        throw unsupported("balance updates");
    }

    /** Connected (at a block), wrong chain or unreachable, as last polled. */
    default ChainStatus chainStatus() {
        return new ChainStatus.Unknown();
    }

    default void addChainStatusListener(Consumer<ChainStatus> listener) {
        throw unsupported("chain status");
    }

    /** The per-stream consents to sign published stream messages. */
    default StreamSigningGrants streamSigningGrants() {
        throw unsupported("stream signing grants");
    }

    /**
     * Signs a message published to {@code streamId} (EIP-191) if the user granted this account signing for it.
     *
     * @throws dev.rivulet.wallet.grants.StreamSigningNotGrantedException without a grant
     */
    default Signature signStreamMessage(Address signer, String streamId, byte[] message) {
        throw unsupported("stream message signing");
    }

    /**
     * A signer for the messages published to {@code streamId} under {@code signer}'s key: every signature goes
     * through {@link #signStreamMessage}, so it needs the grant (checked each time) and an unlocked wallet.
     *
     * @throws dev.rivulet.wallet.grants.StreamSigningNotGrantedException at once when there is no grant now
     */
    default dev.rivulet.wallet.sign.MessageSigner streamSigner(Address signer, String streamId) {
        if (!streamSigningGrants().isGranted(streamId, signer)) {
            throw new dev.rivulet.wallet.grants.StreamSigningNotGrantedException(signer
                + " may not sign messages of stream " + streamId + ": grant it in the wallet first");
        }
        return new dev.rivulet.wallet.sign.MessageSigner() {
            @Override
            public Address address() {
                return signer;
            }

            @Override
            public Signature sign(byte[] message) {
                return signStreamMessage(signer, streamId, message);
            }
        };
    }

    /**
     * The one way a key leaves the wallet: the explicit Copy of the UI. The sink receives the private key as
     * hex (no 0x) and the array is wiped when it returns. Needs the wallet unlocked.
     */
    default void copyPrivateKey(Address account, SecretSink sink) {
        throw unsupported("copying a private key");
    }

    /** A service for another network sharing the keys, lock state, approver and wallet.db; this one stops watching its chain. */
    default WalletService onChain(ChainProfile other) {
        throw unsupported("switching networks");
    }

    private UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(getClass().getSimpleName() + " does not provide " + what);
    }

    @Override
    void close();
}
