package dev.rivulet.app.wallet;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.NewHdWallet;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.history.TransactionRecord;
import dev.rivulet.wallet.localnet.DevnetProvisioner.DevnetDeployment;
import dev.rivulet.wallet.network.NetworkProfiles;
import dev.rivulet.wallet.network.NetworkStore;
import dev.rivulet.wallet.watch.AccountBalances;
import dev.rivulet.wallet.watch.ChainStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wallet pane's state and actions, without any Node: accounts, balances, send form, receive address,
 * history, network and lock state. Blocking wallet calls run on {@code background}; results come back through
 * {@code fx} (Platform::runLater in the app). Every send goes through the wallet's approver, that is the
 * confirmation dialog.
 *
 * <p>{@code new WalletView(new WalletViewModel(wallet, networks, guard, executor, Platform::runLater))}
 */
public final class WalletViewModel {

    private final NetworkStore networks;
    private final ClipboardGuard clipboard;
    private final Executor background;
    private final Consumer<Runnable> fx;
    private final DevnetStarter devnet;
    private volatile WalletService wallet;
    private long generation; // listeners of a replaced service are ignored

    public final ObservableList<Account> accounts = FXCollections.observableArrayList();
    public final ObjectProperty<Account> selectedAccount = new SimpleObjectProperty<>();
    public final StringProperty nativeBalance = new SimpleStringProperty("–");
    public final StringProperty dataBalance = new SimpleStringProperty("–");
    public final ObservableList<TransactionRecord> history = FXCollections.observableArrayList();
    public final ObservableList<ChainProfile> networkProfiles = FXCollections.observableArrayList();
    public final ObjectProperty<ChainProfile> network = new SimpleObjectProperty<>();
    public final BooleanProperty locked = new SimpleBooleanProperty(true);
    public final StringProperty chainStatus = new SimpleStringProperty("not connected yet");
    public final StringProperty message = new SimpleStringProperty("");
    public final StringProperty sendTo = new SimpleStringProperty("");
    public final StringProperty sendAmount = new SimpleStringProperty("");
    public final ObjectProperty<SendAsset> sendAsset = new SimpleObjectProperty<>(SendAsset.NATIVE);

    public WalletViewModel(WalletService wallet, NetworkStore networks, ClipboardGuard clipboard, Executor background,
                           Consumer<Runnable> fx) {
        this(wallet, networks, clipboard, background, fx, null);
    }

    /** @param devnet starts the local devnet for the pane's button, or null for no button */
    public WalletViewModel(WalletService wallet, NetworkStore networks, ClipboardGuard clipboard, Executor background,
                           Consumer<Runnable> fx, DevnetStarter devnet) {
        this.devnet = devnet;
        this.wallet = wallet;
        this.networks = networks;
        this.clipboard = clipboard;
        this.background = background;
        this.fx = fx;
        networkProfiles.setAll(networks.profiles());
        network.set(wallet.chain());
        accounts.setAll(wallet.accounts());
        locked.set(wallet.isLocked());
        wallet.addLockListener(isLocked -> fx.accept(() -> onLockChange(isLocked)));
        selectedAccount.addListener((o, old, now) -> refresh());
        attach(wallet);
        if (!accounts.isEmpty()) {
            selectedAccount.set(accounts.get(0));
        }
    }

    public WalletService wallet() {
        return wallet;
    }

    /** The receive address as an EIP-681 URI for the QR code, if an account is selected. */
    public Optional<String> receiveUri() {
        return Optional.ofNullable(selectedAccount.get()).map(a -> "ethereum:" + a.address().hex() + "@" + wallet.chain().chainId());
    }

    public Optional<String> explorerUrl(TransactionRecord record) {
        return wallet.chain().explorerTransactionUrl(record.hash());
    }

    public void unlock(char[] password) {
        background.execute(() -> {
            try {
                wallet.unlock(password);
                say("Unlocked");
            } catch (RuntimeException e) {
                say(e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    public void lock() {
        wallet.lock();
    }

    /** Creates the HD wallet and hands its recovery phrase, once, to {@code showPhrase} (on the FX thread). */
    public void createWallet(String label, char[] password, Consumer<NewHdWallet> showPhrase) {
        background.execute(() -> {
            try {
                NewHdWallet created = wallet.createHdWallet(password, label);
                fx.accept(() -> {
                    accounts.setAll(wallet.accounts());
                    selectedAccount.set(created.firstAccount());
                    showPhrase.accept(created);
                });
            } catch (RuntimeException e) {
                say(e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    /** Imports a recovery phrase (words) or a private key (hex) under the wallet password. */
    public void importAccount(String secret, String label, char[] password) {
        background.execute(() -> {
            try {
                String text = secret.strip();
                Account added = text.contains(" ") ? wallet.importRecoveryPhrase(text, password, label)
                        : wallet.importPrivateKey(text, password, label);
                fx.accept(() -> {
                    accounts.setAll(wallet.accounts());
                    selectedAccount.set(added);
                    message.set("Imported " + added.address());
                });
            } catch (RuntimeException e) {
                say(e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    public void addAccount(String label) {
        background.execute(() -> {
            try {
                Account added = wallet.deriveAccount(label);
                fx.accept(() -> {
                    accounts.setAll(wallet.accounts());
                    selectedAccount.set(added);
                });
            } catch (RuntimeException e) {
                say(e.getMessage());
            }
        });
    }

    /** Validates the form and sends through the confirmation dialog; the message says what happened. */
    public void send() {
        Account from = selectedAccount.get();
        Optional<TransactionRequest> request = SendForm.request(wallet.chain(), from, sendTo.get(), sendAmount.get(), sendAsset.get(), this::say);
        request.ifPresent(r -> background.execute(() -> {
            try {
                TxHash hash = wallet.send(r);
                say("Sent " + hash);
                fx.accept(() -> {
                    sendTo.set("");
                    sendAmount.set("");
                });
                refresh();
            } catch (RuntimeException e) {
                say(e.getMessage());
            }
        }));
    }

    public void selectNetwork(ChainProfile profile) {
        if (profile == null || profile.equals(wallet.chain())) {
            return;
        }
        background.execute(() -> {
            networks.select(profile.name());
            WalletService next = wallet.onChain(profile);
            fx.accept(() -> {
                wallet = next;
                network.set(profile);
                attach(next);
                refresh();
            });
        });
    }

    /** Called once a second by the view: clears a copied secret when its 30 s are up. */
    public void tickClipboard() {
        clipboard.tick();
    }

    public boolean canStartDevnet() {
        return devnet != null;
    }

    /**
     * Starts the local devnet, funds the wallet's accounts with test ETH and DATA, points the Local devnet network
     * at it and switches to it. Without Node.js the message explains what to install.
     */
    public void startDevnet() {
        if (devnet == null) {
            return;
        }
        say("Starting the local devnet (hardhat is installed on first use)…");
        List<Address> fund = accounts.stream().map(Account::address).toList();
        background.execute(() -> {
            try {
                DevnetDeployment d = devnet.start(fund);
                ChainProfile profile = networks.find(NetworkProfiles.LOCAL_DEVNET_NAME).orElseThrow()
                        .withRpcUrl(d.rpcUrl()).withDataToken(d.dataToken());
                networks.save(profile);
                networks.select(profile.name());
                WalletService next = wallet.onChain(profile);
                fx.accept(() -> {
                    wallet = next;
                    networkProfiles.setAll(networks.profiles());
                    network.set(profile);
                    attach(next);
                    refresh();
                    message.set("Local devnet running at " + d.rpcUrl() + "; DATA token " + d.dataToken());
                });
            } catch (RuntimeException e) {
                say(e.getMessage());
            }
        });
    }

    public void copyAddress() {
        Optional.ofNullable(selectedAccount.get()).ifPresent(a -> clipboard.copyPublic(a.address().hex()));
    }

    /** Copies the selected account's key for 30 s; needs the wallet unlocked. */
    public void copyPrivateKey() {
        Account account = selectedAccount.get();
        if (account == null) {
            return;
        }
        try {
            wallet.copyPrivateKey(account.address(), secret -> clipboard.copySecret(new String(secret)));
            say("Private key copied; the clipboard is cleared in 30 s");
        } catch (RuntimeException e) {
            say(e.getMessage());
        }
    }

    /** Reloads balances and history of the selected account in the background. */
    public void refresh() {
        Account account = selectedAccount.get();
        if (account == null) {
            return;
        }
        WalletService current = wallet;
        background.execute(() -> {
            try {
                var records = current.history(account.address());
                fx.accept(() -> history.setAll(records));
                AccountBalances balances = current.balances(account.address());
                fx.accept(() -> showBalances(balances));
            } catch (RuntimeException e) {
                say("Balances unavailable: " + e.getMessage());
            }
        });
    }

    private void attach(WalletService service) {
        long mine = ++generation;
        service.addBalanceListener(b -> fx.accept(() -> {
            if (mine == generation) {
                showBalances(b);
            }
        }));
        service.addHistoryListener(r -> fx.accept(() -> {
            if (mine == generation && selectedAccount.get() != null
                    && (selectedAccount.get().address().equals(r.from()) || selectedAccount.get().address().equals(r.to()))) {
                history.removeIf(old -> old.hash().equals(r.hash()));
                history.add(0, r);
            }
        }));
        service.addChainStatusListener(s -> fx.accept(() -> {
            if (mine == generation) {
                chainStatus.set(describe(s));
            }
        }));
        // the service's watcher starts polling as soon as it exists: show what it may already have found
        ChainStatus now = service.chainStatus();
        fx.accept(() -> {
            if (mine == generation && !(now instanceof ChainStatus.Unknown)) {
                chainStatus.set(describe(now));
            }
        });
    }

    private void showBalances(AccountBalances balances) {
        if (selectedAccount.get() != null && selectedAccount.get().address().equals(balances.account())) {
            nativeBalance.set(balances.nativeBalance().toString());
            dataBalance.set(balances.data().map(TokenAmount::toString).orElse("no DATA token on this network"));
        }
    }

    private void onLockChange(boolean isLocked) {
        locked.set(isLocked);
        if (isLocked) {
            clipboard.clearNow();
        }
    }

    static String describe(ChainStatus status) {
        if (status instanceof ChainStatus.Connected c) {
            return "chain " + c.chainId() + ", block " + c.blockNumber();
        }
        if (status instanceof ChainStatus.WrongChain w) {
            return "wrong chain: the endpoint is chain " + w.reportedChainId() + ", expected " + w.expectedChainId()
                    + " (nothing is signed)";
        }
        if (status instanceof ChainStatus.Unreachable u) {
            return "unreachable: " + u.message();
        }
        return "not connected yet";
    }

    private void say(String text) {
        fx.accept(() -> message.set(text));
    }
}
