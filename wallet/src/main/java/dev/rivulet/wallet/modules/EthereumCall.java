package dev.rivulet.wallet.modules;

import dev.rivulet.core.AsyncEventSource;
import dev.rivulet.core.AsyncEvents;
import dev.rivulet.core.DataType;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.TransactionRevertedException;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.WalletLockedException;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.abi.AbiCodec;
import dev.rivulet.wallet.abi.AbiException;
import dev.rivulet.wallet.abi.AbiFunction;
import dev.rivulet.wallet.abi.AbiParam;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streamr's EthereumCall (SendEthereumTransaction): calls one function of a contract each time its arguments (or
 * trigger) arrive. View and pure functions are answered by eth_call and their results come out; other functions are
 * transactions, signed by ethAccount through the canvas's spending allowance (never a dialog: a running canvas
 * cannot ask), and once mined the transaction's hash, the events the contract emitted, the ETH spent (value plus
 * fee), gas used, gas price, block and nonce come out. Problems (a revert with its reason, a denied signature, the
 * wallet being locked) go to errors and the canvas goes on.
 *
 * <p>The ports follow the ABI of the connected contract, which the canvas keeps on the contract input (as Streamr
 * did). In realtime runs on an engine host that takes outside events ({@link AsyncEvents}), the transaction's results
 * come back as an event of their own once mined, so the canvas goes on meanwhile; otherwise (replays, hosts without
 * them) the module waits for the receipt, at most timeoutSeconds. Calls are suppressed in historical runs unless
 * activateInHistoricalMode is set.
 */
public final class EthereumCall extends EthereumModule implements AsyncEventSource {
    private final Parameter account = accountParam();
    private final Parameter function = stringParam("function", "").updatesPorts()
        .help("The contract function to call (a view function is read, anything else is a transaction).");
    private final Input contract = input("contract", DataType.ETHEREUM_CONTRACT).notDriving().lockDriving()
        .help("The contract to call, from GetContractAt or SolidityCompileDeploy.");
    private final Output errors = output("errors", DataType.LIST).help("Problems with the last call, as messages.");

    private AbiFunction chosen;
    private final List<Input> arguments = new ArrayList<>();
    private Input ether;
    private final List<Output> results = new ArrayList<>();
    private TransactionOutputs tx;
    /** Transactions mined in the background (realtime runs), their outputs sent one per activation. */
    private BackgroundResults mined;

    public EthereumCall() {
        hasSideEffects();
        option("timeoutSeconds", "int", 120, "How long to wait for a transaction to be mined before giving up with"
            + " an error (it may still be mined later).");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        checkWalletConfigured();
        offerAccounts(account);
        Object saved = node == null ? null : node.input("contract").map(p -> p.value).orElse(null);
        if (saved == null) {
            reportConfigurationProblem("connect a contract (GetContractAt or SolidityCompileDeploy) to choose a function");
            return;
        }
        ContractValue.Ref design;
        try {
            design = ContractValue.read(saved);
        } catch (ModuleException e) {
            reportConfigurationProblem(e.getMessage());
            return;
        }
        List<Object> choices = new ArrayList<>();
        design.abi().functions().forEach(f -> {
            choices.add(design.abi().choiceName(f));
            choices.add(design.abi().choiceName(f));
        });
        function.choices(choices.toArray());
        String name = function.getString() == null ? "" : function.getString().trim();
        if (name.isEmpty() && !design.abi().functions().isEmpty()) {
            name = design.abi().choiceName(design.abi().functions().get(0));
            function.setValue(name);
        }
        Optional<AbiFunction> f = design.abi().function(name);
        if (f.isEmpty()) {
            reportConfigurationProblem("the contract has no function \"" + name + "\"");
            return;
        }
        chosen = f.get();
        createPorts(design);
    }

    private void createPorts(ContractValue.Ref design) {
        for (int i = 0; i < chosen.inputs().size(); i++) {
            AbiParam p = chosen.inputs().get(i);
            arguments.add(input(SolidityTypes.portName(p, i), SolidityTypes.portType(p.type()))
                .help(p.type() + " argument of " + chosen.name()));
        }
        if (chosen.inputs().isEmpty() && !chosen.isPayable()) {
            anyInput("trigger").help("Calls the function each time any value arrives (it takes no arguments).");
        }
        if (chosen.isReadOnly()) {
            for (int i = 0; i < chosen.outputs().size(); i++) {
                AbiParam p = chosen.outputs().get(i);
                results.add(output(unique(SolidityTypes.portName(p, i)), SolidityTypes.portType(p.type())));
            }
            return;
        }
        if (chosen.isPayable()) {
            ether = doubleInput("ether").optional().help("ETH to send with the call (payable function).");
        }
        Output hash = stringOutput("txHash").help("The transaction's hash.");
        List<EventOutputs> events = new ArrayList<>();
        for (var event : design.abi().events()) {
            events.add(EventOutputs.create(event, (n, t) -> output(unique(n), t)));
        }
        tx = new TransactionOutputs(hash, events, doubleOutput("spentEth"), doubleOutput("gasUsed"),
            doubleOutput("gasPriceWei"), doubleOutput("blockNumber"), doubleOutput("nonce"));
    }

    @Override
    public void sendOutput() {
        Runnable done = mined == null ? null : mined.poll();
        if (done != null) {
            done.run();
            return;
        }
        if (!mayActOnTheWorld()) {
            return;
        }
        if (chosen == null) {
            throw new ModuleException("no function chosen (connect a contract and choose one)");
        }
        List<String> problems = new ArrayList<>();
        try {
            call(problems);
        } catch (WalletLockedException e) {
            problems.add(e.getMessage());
            if (context() != null) {
                context().listener().moduleWarning(this, e.getMessage());
            }
        } catch (TransactionRevertedException e) {
            problems.add("reverted: " + e.reason());
        } catch (WalletException | ModuleException e) {
            problems.add(describe(e));
        }
        if (!problems.isEmpty()) {
            errors.send(List.copyOf(problems));
        }
    }

    private void call(List<String> problems) {
        WalletService wallet = requireWallet();
        Address at = ContractValue.read(contract.getValue()).deployedAt()
            .orElseThrow(() -> new ModuleException("the contract is not deployed yet"));
        List<Object> args = new ArrayList<>();
        for (Input in : arguments) {
            args.add(in.getValue());
        }
        String data;
        try {
            data = AbiCodec.encodeCall(chosen, args);
        } catch (AbiException e) {
            throw new ModuleException(e.getMessage());
        }
        if (chosen.isReadOnly()) {
            Address from = account.getString() == null || account.getString().isBlank() ? null : signer(account);
            List<Object> values = AbiCodec.decodeResult(chosen, wallet.call(from, at, data));
            for (int i = 0; i < values.size(); i++) {
                results.get(i).send(values.get(i));
            }
            return;
        }
        spending().requireAllowance();
        if (wallet.isLocked()) {
            throw new WalletLockedException("wallet locked: unlock the wallet so that " + name() + " can sign");
        }
        BigInteger value = ether != null && ether.hasValue() ? AbiCodec.etherToWei(ether.getDouble()) : BigInteger.ZERO;
        TxHash hash = wallet.send(new TransactionRequest(signer(account), at, value, data, null), spending());
        Duration timeout = Duration.ofSeconds(Math.max(1, optionInt("timeoutSeconds")));
        if (mined != null && mined.available() && context() != null && context().mode() == RunMode.REALTIME) {
            // realtime with an engine host that takes outside events: the canvas goes on while the block is mined
            mined.submit(this, () -> {
                try {
                    TransactionOutputs.Mined m = TransactionOutputs.await(wallet, at, hash, value, timeout);
                    return () -> {
                        tx.send(m);
                        m.revertReason().ifPresent(r -> errors.send(List.of(r)));
                    };
                } catch (WalletException e) {
                    return () -> errors.send(List.of(describe(e)));
                }
            });
            return;
        }
        TransactionOutputs.Mined m = TransactionOutputs.await(wallet, at, hash, value, timeout);
        m.revertReason().ifPresent(problems::add);
        tx.send(m);
    }

    @Override
    public void attach(AsyncEvents engineEvents) {
        mined = new BackgroundResults("EthereumCall-" + path());
        mined.attach(engineEvents);
    }

    @Override
    public void onStop() {
        if (mined != null) {
            mined.close();
        }
    }

    /** Results not yet sent are dropped by Reset; transactions already sent still get mined. */
    @Override
    public void clearState() {
        if (mined != null) {
            mined.clear();
        }
    }
}
