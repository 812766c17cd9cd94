package dev.rivulet.wallet.modules;

import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.WalletLockedException;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.abi.AbiCodec;
import dev.rivulet.wallet.abi.AbiException;
import dev.rivulet.wallet.abi.AbiFunction;
import dev.rivulet.wallet.abi.AbiParam;
import dev.rivulet.wallet.solidity.CompiledContract;
import dev.rivulet.wallet.solidity.SolidityCompiler;
import dev.rivulet.wallet.solidity.SolidityException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streamr's SolidityCompileDeploy: a contract written on the canvas. The Solidity source (the module's "code") is
 * compiled when the module is configured, which gives its constructor arguments as parameters and the contract as
 * output, so EthereumCall and GetEvents can be wired to it before it exists. It is deployed from ethAccount when the
 * canvas starts, through the canvas's spending allowance (the "initial ETH" plus the fee), unless the module already
 * names a deployed contract (its saved "contract"). "{{ADDRESS}}" in the source stands for ethAccount's address.
 *
 * <p>Compiling needs solc (Node.js and the solc-js pinned in resources/devnet): without it the module says so as a
 * configuration problem. Deploying is a transaction, so historical runs skip it unless activateInHistoricalMode is set.
 */
public class SolidityCompileDeploy extends EthereumModule implements Pullable {
    static final String ADDRESS_PLACEHOLDER = "{{ADDRESS}}";

    private final Parameter account = accountParam();
    private final Parameter initialEther = doubleParam("initial ETH", 0.0)
        .help("ETH sent to the contract when it is deployed (payable constructors only).");
    private final List<Parameter> constructorArgs = new ArrayList<>();
    private Output contract;
    private String code;
    private CompiledContract compiled;
    private Map<String, Object> value;

    public SolidityCompileDeploy() {
        hasSideEffects();
        option("timeoutSeconds", "int", 120, "How long to wait for the deployment to be mined.");
    }

    /** Source for a new module; templates override it. */
    protected String codeTemplate() {
        return "";
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        checkWalletConfigured();
        offerAccounts(account);
        Object saved = node == null ? null : node.extra("code");
        code = saved != null ? saved.toString() : codeTemplate();
        if (code.isBlank()) {
            reportConfigurationProblem("write the contract's Solidity source (the module's code)");
            return;
        }
        try {
            compiled = compiler().compile(sourceFor(account.getString()));
        } catch (SolidityException | ModuleException e) {
            reportConfigurationProblem(e.getMessage());
            return;
        }
        AbiFunction ctor = compiled.abi().constructor().orElse(null);
        if (ctor != null) {
            for (AbiParam p : ctor.inputs()) {
                Parameter param = param(p.name().replace("_", " "), SolidityTypes.portType(p.type()),
                    SolidityTypes.portType(p.type()) == DataType.DOUBLE ? (Object) 0.0 : "");
                constructorArgs.add(param.help(p.type() + " argument of the constructor"));
            }
        }
        contract = output("contract", DataType.ETHEREUM_CONTRACT).help("The contract, deployed when the canvas starts.");
        value = ContractValue.of(savedAddress(node), compiled.abi());
    }

    private Address savedAddress(ModuleNode node) {
        Object saved = node == null ? null : node.extra("contract");
        if (saved == null) {
            return null;
        }
        try {
            return ContractValue.read(saved).address();
        } catch (ModuleException e) {
            reportConfigurationProblem("the saved contract is unreadable and will be deployed again: " + e.getMessage());
            return null;
        }
    }

    private SolidityCompiler compiler() {
        SolidityCompiler c = registry() == null ? null : registry().services().get(SolidityCompiler.class).orElse(null);
        if (c == null) {
            throw new ModuleException(SolidityCompiler.NOT_AVAILABLE);
        }
        return c;
    }

    private String sourceFor(String accountText) {
        if (!code.contains(ADDRESS_PLACEHOLDER)) {
            return code;
        }
        if (accountText == null || accountText.isBlank()) {
            throw new ModuleException("the source uses " + ADDRESS_PLACEHOLDER + ": choose ethAccount first");
        }
        return code.replace(ADDRESS_PLACEHOLDER, Address.of(accountText.trim()).hex());
    }

    @Override
    public void initialize() {
        requireWallet();
        if (compiled == null) {
            throw new ModuleException("the contract is not compiled (see the module's problems)");
        }
        if (ContractValue.read(value).address() != null || !mayActOnTheWorld()) {
            return;
        }
        value = ContractValue.of(deploy(), compiled.abi());
        contract.send(value);
    }

    private Address deploy() {
        WalletService wallet = requireWallet();
        try {
            spending().requireAllowance();
        } catch (WalletException e) {
            throw new ModuleException("cannot deploy " + compiled.name() + ": " + e.getMessage());
        }
        if (wallet.isLocked()) {
            throw new WalletLockedException("wallet locked: unlock the wallet so that " + name() + " can deploy");
        }
        AbiFunction ctor = compiled.abi().constructor().orElse(null);
        BigInteger wei = AbiCodec.etherToWei(initialEther.getDouble());
        if (wei.signum() > 0 && (ctor == null || !ctor.isPayable())) {
            throw new ModuleException("initial ETH must be 0: the constructor is not payable");
        }
        String args;
        try {
            args = ctor == null ? "" : AbiCodec.encodeConstructor(ctor,
                constructorArgs.stream().map(Parameter::getValue).toList());
        } catch (AbiException e) {
            throw new ModuleException("constructor arguments: " + e.getMessage());
        }
        try {
            TxHash hash = wallet.send(new TransactionRequest(signer(account), null, wei, "0x" + compiled.bytecode() + args,
                null), spending());
            TransactionOutcome outcome = wallet.waitForReceipt(hash,
                Duration.ofSeconds(Math.max(1, optionInt("timeoutSeconds"))));
            if (!outcome.succeeded()) {
                throw new ModuleException("deployment reverted: " + outcome.revert().orElse("no reason given"));
            }
            Address at = outcome.createdContract().orElseThrow(() -> new ModuleException("no contract was created"));
            if (context() != null) {
                context().listener().notice(name() + ": deployed " + compiled.name() + " at " + at + " (" + hash + ")");
            }
            return at;
        } catch (WalletException e) {
            throw new ModuleException("cannot deploy " + compiled.name() + ": " + describe(e));
        }
    }

    @Override
    public Object pull(Output output) {
        return value;
    }

    @Override
    public void sendOutput() {
        // no inputs: the contract goes out when the canvas starts (pulled, or sent once deployed)
    }
}
