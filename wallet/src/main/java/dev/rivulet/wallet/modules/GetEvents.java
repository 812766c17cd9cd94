package dev.rivulet.wallet.modules;

import dev.rivulet.core.AsyncEventSource;
import dev.rivulet.core.AsyncEvents;
import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.RunMode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Streamr's GetEvents: the events a contract emits from the start of a realtime run, decoded into one output per
 * event field (named "Event.field"), with the hash of the transaction that emitted them. A background poller asks
 * the wallet's chain for new logs every pollIntervalMillis and hands each one to the engine thread as an event of its
 * own (module-library's {@link AsyncEvents}, delivered by the engine host), so a canvas reacts to chain events like
 * to stream data. Several events in one transaction arrive one after the other.
 *
 * <p>Live chain events have no place in a historical replay, so it stays silent there (with a notice). Problems
 * reaching the chain go to errors, once per distinct message, and polling goes on.
 */
public final class GetEvents extends EthereumModule implements AsyncEventSource {
    private final Input contract = input("contract", DataType.ETHEREUM_CONTRACT).notDriving().lockDriving()
        .help("The contract to listen to, from GetContractAt or SolidityCompileDeploy.");
    private final Output errors = output("errors", DataType.LIST).help("Problems reaching the chain, as messages.");
    private final Output txHash = stringOutput("txHash").help("The transaction that emitted the event.");
    private final List<EventOutputs> events = new ArrayList<>();
    /** Logs and errors handed over by the poller, sent one per activation (engine thread only reads it). */
    private final Queue<Object> arrived = new ConcurrentLinkedQueue<>();
    private LogPoller poller;

    public GetEvents() {
        option("pollIntervalMillis", "int", 1000, "How often to ask the chain for new events.");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        checkWalletConfigured();
        Object saved = node == null ? null : node.input("contract").map(p -> p.value).orElse(null);
        if (saved == null) {
            reportConfigurationProblem("connect a contract (GetContractAt or SolidityCompileDeploy) to see its events");
            return;
        }
        try {
            for (var event : ContractValue.read(saved).abi().events()) {
                events.add(EventOutputs.create(event, (n, t) -> output(unique(n), t)));
            }
        } catch (ModuleException e) {
            reportConfigurationProblem(e.getMessage());
        }
    }

    @Override
    public void initialize() {
        requireWallet();
        pollInterval();
        if (context() != null && context().mode() == RunMode.HISTORICAL) {
            context().noticeOnce("get-events-historical:" + path(), name()
                + ": chain events arrive only in realtime runs; nothing is sent during a historical replay");
        }
    }

    /** Starts listening from the next block; called by the engine host on the engine thread after start-up. */
    @Override
    public void attach(AsyncEvents engineEvents) {
        if (context() != null && context().mode() == RunMode.HISTORICAL) {
            return;
        }
        Address at = ContractValue.read(contract.getValue()).deployedAt()
            .orElseThrow(() -> new ModuleException("the contract is not deployed yet"));
        poller = new LogPoller(requireWallet(), at, pollInterval(), "GetEvents-" + path(),
            log -> engineEvents.post(this, () -> arrived.add(log)),
            message -> engineEvents.post(this, () -> arrived.add(new Problem(message))));
        poller.start();
    }

    @Override
    public void sendOutput() {
        Object next = arrived.poll();
        if (next instanceof Problem p) {
            errors.send(List.of(p.message()));
        } else if (next instanceof LogEntry log) {
            txHash.send(log.transactionHash().hex());
            for (EventOutputs e : events) {
                if (e.sendIfMatches(log)) {
                    break;
                }
            }
        }
    }

    private long pollInterval() {
        int millis;
        try {
            millis = optionInt("pollIntervalMillis");
        } catch (RuntimeException e) {
            throw new ModuleException("pollIntervalMillis must be a whole number, got \"" + option("pollIntervalMillis") + "\"");
        }
        if (millis < 50) {
            throw new ModuleException("pollIntervalMillis must be at least 50, got " + millis);
        }
        return millis;
    }

    @Override
    public void onStop() {
        if (poller != null) {
            poller.close();
            poller = null;
        }
    }

    /** Events not yet sent are dropped by Reset; polling goes on. */
    @Override
    public void clearState() {
        arrived.clear();
    }

    private record Problem(String message) {
    }
}
