package dev.rivulet.wallet;

import dev.rivulet.wallet.chain.ReceiptWatcher;
import dev.rivulet.wallet.chain.RpcClient;
import dev.rivulet.wallet.chain.TransactionSender;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.sign.Signatures;
import dev.rivulet.wallet.token.Erc20Reader;
import java.math.BigInteger;
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

    /** Idle time after which an unlocked wallet locks itself, unless configured otherwise. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(15);

    private final Keyring keyring;
    private final ChainProfile chain;
    private final RpcClient rpc;
    private final TransactionSender sender;
    private final ReceiptWatcher receipts;
    private final Erc20Reader erc20;

    public DefaultWalletService(Keyring keyring, ChainProfile chain, TransactionApprover approver, Duration pollInterval) {
        this.keyring = keyring;
        this.chain = chain;
        this.rpc = new RpcClient(chain.rpcUrl());
        this.sender = new TransactionSender(chain, rpc, keyring, approver);
        this.receipts = new ReceiptWatcher(rpc, pollInterval);
        this.erc20 = new Erc20Reader(rpc);
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

    @Override
    public TransactionOutcome waitForReceipt(TxHash hash, Duration timeout) {
        return receipts.await(hash, timeout);
    }

    @Override
    public String call(Address contract, String data) {
        return rpc.call(null, contract, data, null);
    }

    @Override
    public void close() {
        keyring.lock();
        rpc.close();
    }
}
