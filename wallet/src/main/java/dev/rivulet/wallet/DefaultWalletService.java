package dev.rivulet.wallet;

import dev.rivulet.wallet.chain.ReceiptWatcher;
import dev.rivulet.wallet.chain.RpcClient;
import dev.rivulet.wallet.chain.TransactionSender;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.sign.Signatures;
import dev.rivulet.wallet.token.Erc20Reader;
import dev.rivulet.wallet.confirm.CallDecoder;
import dev.rivulet.wallet.grants.StreamSigningGrants;
import dev.rivulet.wallet.grants.StreamSigningNotGrantedException;
import dev.rivulet.wallet.history.TransactionHistory;
import dev.rivulet.wallet.history.TransactionRecord;
import dev.rivulet.wallet.history.TransactionTracker;
import dev.rivulet.wallet.history.WalletDatabase;
import dev.rivulet.wallet.watch.AccountBalances;
import dev.rivulet.wallet.watch.ChainStatus;
import dev.rivulet.wallet.watch.ChainWatcher;
import java.math.BigInteger;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.utils.Numeric;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link WalletService} over a {@link Keyring} in a wallet directory and one chain's RPC endpoint.
 *
 * <p>{@code try (WalletService w = DefaultWalletService.open(dir, ChainProfile.localDevnet(url), approver)) { ... }}
 */
public final class DefaultWalletService implements WalletService {

    private static final Logger log = LoggerFactory.getLogger(DefaultWalletService.class);

    /** Idle time after which an unlocked wallet locks itself, unless configured otherwise. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(15);
    /** A pending transaction the node has not known for this long counts as dropped. */
    public static final Duration DEFAULT_DROP_AFTER = Duration.ofMinutes(30);

    private final Keyring keyring;
    private final ChainProfile chain;
    private final RpcClient rpc;
    private final TransactionSender sender;
    private final ReceiptWatcher receipts;
    private final Erc20Reader erc20;
    private final TransactionApprover approver;
    private final WalletDatabase database;
    private final Duration pollInterval;
    private final Clock clock;
    private final Duration dropAfter;
    private final TransactionTracker tracker;
    private final ChainWatcher watcher;
    private final StreamSigningGrants grants;

    /** A wallet whose {@code wallet.db} lives in the keyring's directory. */
    public DefaultWalletService(Keyring keyring, ChainProfile chain, TransactionApprover approver, Duration pollInterval) {
        this(keyring, chain, approver, WalletDatabase.open(keyring.directory()), pollInterval, Clock.systemUTC(), DEFAULT_DROP_AFTER);
    }

    /**
     * @param database     wallet.db (history, grants, settings)
     * @param pollInterval how often the chain is polled for blocks, receipts and balances
     * @param dropAfter    how long a pending transaction may be unknown to the node before it counts as dropped
     */
    public DefaultWalletService(Keyring keyring, ChainProfile chain, TransactionApprover approver, WalletDatabase database,
                                Duration pollInterval, Clock clock, Duration dropAfter) {
        this.keyring = keyring;
        this.chain = chain;
        this.approver = approver;
        this.database = database;
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.dropAfter = dropAfter;
        this.rpc = new RpcClient(chain.rpcUrl());
        this.receipts = new ReceiptWatcher(rpc, pollInterval);
        this.erc20 = new Erc20Reader(rpc);
        this.tracker = new TransactionTracker(chain, new TransactionHistory(database, clock), rpc, receipts,
                CallDecoder.standard(), clock, dropAfter);
        this.sender = new TransactionSender(chain, rpc, keyring, approver, tracker);
        this.grants = new StreamSigningGrants(database, clock);
        // started here, so pending transactions of an earlier run are followed up right away
        this.watcher = new ChainWatcher(chain, rpc, tracker, keyring::accounts, pollInterval);
        watcher.start();
    }

    /** A wallet with standard scrypt parameters, the system clock and the default idle lock. */
    public static DefaultWalletService open(Path walletDir, ChainProfile chain, TransactionApprover approver) {
        Keyring keyring = new Keyring(walletDir, KdfParams.STANDARD, Clock.systemUTC(), DEFAULT_IDLE_TIMEOUT);
        return new DefaultWalletService(keyring, chain, approver, Duration.ofSeconds(1));
    }

    @Override public List<Account> accounts() { return keyring.accounts(); }
    @Override public boolean isEmpty() { return keyring.isEmpty(); }
    @Override public boolean isLocked() { return keyring.isLocked(); }
    @Override public void unlock(char[] password) { keyring.unlock(password); }
    @Override public void lock() { keyring.lock(); }
    @Override public void setIdleTimeout(Duration timeout) { keyring.setIdleTimeout(timeout); }
    @Override public void addLockListener(Consumer<Boolean> listener) { keyring.addLockListener(listener); }

    @Override
    public NewHdWallet createHdWallet(char[] password, String label) {
        return keyring.createHd(password, label);
    }

    @Override
    public Account importRecoveryPhrase(String phrase, char[] password, String label) {
        return keyring.restoreFromPhrase(phrase, password, label);
    }

    @Override
    public Account importPrivateKey(String privateKeyHex, char[] password, String label) {
        return keyring.importPrivateKey(privateKeyHex, password, label);
    }

    @Override
    public Account importKeystore(String keystoreJson, char[] keystorePassword, char[] password, String label) {
        return keyring.importKeystore(keystoreJson, keystorePassword, password, label);
    }

    @Override public Account deriveAccount(String label) { return keyring.deriveNext(label); }
    @Override public Account renameAccount(Address address, String label) { return keyring.rename(address, label); }

    @Override
    public String exportKeystore(Address address, char[] exportPassword) {
        return keyring.exportKeystore(address, exportPassword);
    }

    @Override
    public Signature signPersonalMessage(Address signer, byte[] message) {
        return keyring.withKey(signer, key -> Signatures.signPersonal(message, key));
    }

    @Override
    public Signature signTypedData(Address signer, String typedDataJson) {
        return keyring.withKey(signer, key -> Signatures.signTypedData(typedDataJson, key));
    }

    @Override
    public Address recoverPersonalSigner(byte[] message, Signature signature) {
        return Signatures.recoverPersonal(message, signature);
    }

    @Override
    public Address recoverTypedDataSigner(String typedDataJson, Signature signature) {
        return Signatures.recoverTypedData(typedDataJson, signature);
    }

    @Override public ChainProfile chain() { return chain; }
    @Override public BigInteger nativeBalance(Address owner) { return rpc.balance(owner); }
    @Override public TokenAmount tokenBalance(Address token, Address owner) { return erc20.balance(token, owner); }
    @Override public PreparedTransaction prepare(TransactionRequest request) { return sender.prepare(request); }
    @Override public TxHash send(TransactionRequest request) { return sender.send(request); }
    @Override public TxHash send(TransactionRequest request, TransactionApprover approver) { return sender.send(request, approver); }

    @Override
    public TransactionOutcome waitForReceipt(TxHash hash, Duration timeout) {
        TransactionOutcome outcome = receipts.await(hash, timeout);
        tracker.apply(outcome);
        return outcome;
    }

    @Override
    public String call(Address contract, String data) {
        return rpc.call(null, contract, data, null);
    }

    @Override
    public List<TransactionRecord> history(Address account) {
        return tracker.forAccount(account);
    }

    @Override
    public void addHistoryListener(Consumer<TransactionRecord> listener) {
        tracker.addListener(listener);
    }

    @Override
    public AccountBalances balances(Address account) {
        return watcher.balances(account, rpc.blockNumber());
    }

    @Override
    public void addBalanceListener(Consumer<AccountBalances> listener) {
        watcher.addBalanceListener(listener);
    }

    @Override
    public ChainStatus chainStatus() {
        return watcher.status();
    }

    @Override
    public void addChainStatusListener(Consumer<ChainStatus> listener) {
        watcher.addStatusListener(listener);
    }

    /** One synchronous round of the chain watcher: status, pending transactions, balances on a new block. */
    public void pollChain() {
        watcher.poll();
    }

    @Override
    public StreamSigningGrants streamSigningGrants() {
        return grants;
    }

    @Override
    public Signature signStreamMessage(Address signer, String streamId, byte[] message) {
        if (!grants.isGranted(streamId, signer)) {
            throw new StreamSigningNotGrantedException(signer + " may not sign messages of stream " + streamId
                    + ": grant it in the wallet first");
        }
        return signPersonalMessage(signer, message);
    }

    @Override
    public void copyPrivateKey(Address account, SecretSink sink) {
        keyring.withKey(account, key -> {
            char[] hex = Numeric.toHexStringNoPrefixZeroPadded(key.getPrivateKey(), 64).toCharArray();
            try {
                sink.accept(hex);
            } finally {
                Arrays.fill(hex, '\0');
            }
            return null;
        });
        log.info("the private key of {} was copied on request", account);
    }

    @Override
    public DefaultWalletService onChain(ChainProfile other) {
        DefaultWalletService next = new DefaultWalletService(keyring, other, approver, database, pollInterval, clock, dropAfter);
        watcher.close();
        rpc.close();
        return next;
    }

    @Override
    public String call(Address from, Address contract, String data) {
        return rpc.call(from, contract, data, null);
    }

    @Override public long blockNumber() { return rpc.blockNumber(); }
    @Override public List<LogEntry> logs(Address contract, long fromBlock, long toBlock) { return rpc.logs(contract, fromBlock, toBlock); }
    @Override public BigInteger transactionNonce(TxHash hash) { return rpc.nonceOf(hash); }

    @Override
    public void close() {
        watcher.close();
        keyring.lock();
        rpc.close();
    }
}
