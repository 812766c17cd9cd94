package dev.rivulet.wallet.modules;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.LogEntry;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.WalletService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that asks the chain for a contract's new logs every interval, from the block after the one that
 * was latest when it started, and hands each log on in chain order. Errors are handed on once per distinct message
 * (a node that stays down does not flood the canvas) and polling goes on.
 */
final class LogPoller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LogPoller.class);

    private final WalletService wallet;
    private final Address contract;
    private final long intervalMillis;
    private final Thread thread;
    private final Consumer<LogEntry> onLog;
    private final Consumer<String> onError;
    private volatile boolean closed;
    private long nextBlock = -1;
    private String lastError;

    LogPoller(WalletService wallet, Address contract, long intervalMillis, String name, Consumer<LogEntry> onLog,
              Consumer<String> onError) {
        this.wallet = wallet;
        this.contract = contract;
        this.intervalMillis = intervalMillis;
        this.onLog = onLog;
        this.onError = onError;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    /** Fixes the starting block on the calling thread (so nothing after this call is missed), then polls. */
    void start() {
        nextBlock = wallet.blockNumber() + 1;
        thread.start();
    }

    private void run() {
        while (!closed) {
            try {
                Thread.sleep(intervalMillis);
                poll();
                lastError = null;
            } catch (InterruptedException e) {
                return;
            } catch (WalletException | IllegalArgumentException e) {
                String message = "cannot read events of " + contract + ": " + e.getMessage();
                if (!message.equals(lastError)) {
                    log.warn(message);
                    onError.accept(message);
                    lastError = message;
                }
            }
        }
    }

    private void poll() {
        long latest = wallet.blockNumber();
        if (latest < nextBlock) {
            return;
        }
        for (LogEntry entry : wallet.logs(contract, nextBlock, latest)) {
            if (closed) {
                return;
            }
            onLog.accept(entry);
        }
        nextBlock = latest + 1;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
