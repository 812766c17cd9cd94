package dev.rivulet.wallet.watch;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.chain.RpcClient;
import dev.rivulet.wallet.history.TransactionTracker;
import dev.rivulet.wallet.token.Erc20Reader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread per wallet service that polls the endpoint: it checks the chain id, follows pending
 * transactions, and on every new block refreshes the balances of the wallet's accounts, telling listeners
 * about those that changed. Nothing is updated while the endpoint reports another chain.
 *
 * <p>{@code watcher.addBalanceListener(b -> ...); watcher.start();}
 */
public final class ChainWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChainWatcher.class);

    private final ChainProfile chain;
    private final RpcClient rpc;
    private final Erc20Reader erc20;
    private final TransactionTracker tracker;
    private final Supplier<List<Account>> accounts;
    private final Duration pollInterval;
    private final ScheduledExecutorService executor;
    private final List<Consumer<AccountBalances>> balanceListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ChainStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final Map<Address, AccountBalances> lastBalances = new ConcurrentHashMap<>();
    private volatile ChainStatus status = new ChainStatus.Unknown();
    private long lastBlock = -1;
    private volatile boolean closed;

    public ChainWatcher(ChainProfile chain, RpcClient rpc, TransactionTracker tracker, Supplier<List<Account>> accounts,
                        Duration pollInterval) {
        this.chain = chain;
        this.rpc = rpc;
        this.erc20 = new Erc20Reader(rpc);
        this.tracker = tracker;
        this.accounts = accounts;
        this.pollInterval = pollInterval;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wallet-chain-watcher-" + chain.chainId());
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public ChainStatus status() {
        return status;
    }

    public void addBalanceListener(Consumer<AccountBalances> listener) {
        balanceListeners.add(listener);
    }

    public void addStatusListener(Consumer<ChainStatus> listener) {
        statusListeners.add(listener);
    }

    /** The balances now, read from the chain (blocking). */
    public AccountBalances balances(Address account, long blockNumber) {
        TokenAmount nativeBalance = TokenAmount.wei(rpc.balance(account), chain.currencySymbol());
        TokenAmount data = chain.dataTokenAddress().map(token -> erc20.balance(token, account)).orElse(null);
        return new AccountBalances(account, nativeBalance, data, blockNumber);
    }

    /** One polling round; public so that tests and a "refresh" button can run it synchronously. */
    public synchronized void poll() {
        try {
            long reported = rpc.chainId();
            if (reported != chain.chainId()) {
                setStatus(new ChainStatus.WrongChain(chain.chainId(), reported));
                return;
            }
            long block = rpc.blockNumber();
            setStatus(new ChainStatus.Connected(reported, block));
            tracker.refresh();
            if (block != lastBlock) {
                lastBlock = block;
                refreshBalances(block);
            }
        } catch (WalletException e) {
            if (closed) {
                return; // interrupted by close()
            }
            setStatus(new ChainStatus.Unreachable(e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("chain watcher round failed", e);
        }
    }

    private void refreshBalances(long block) {
        for (Account account : accounts.get()) {
            AccountBalances now = balances(account.address(), block);
            AccountBalances before = lastBalances.put(account.address(), now);
            if (!now.sameAmounts(before)) {
                balanceListeners.forEach(l -> l.accept(now));
            }
        }
    }

    private void setStatus(ChainStatus next) {
        ChainStatus previous = status;
        status = next;
        boolean changedKind = previous.getClass() != next.getClass();
        if (changedKind) {
            if (next instanceof ChainStatus.Unreachable u) {
                log.warn("{} unreachable: {}", chain.name(), u.message());
            } else if (next instanceof ChainStatus.WrongChain w) {
                log.warn("{}: the endpoint reports chain {} instead of {}", chain.name(), w.reportedChainId(), w.expectedChainId());
            }
        }
        if (!next.equals(previous)) {
            statusListeners.forEach(l -> l.accept(next));
        }
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
