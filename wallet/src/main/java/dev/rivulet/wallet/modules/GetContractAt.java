package dev.rivulet.wallet.modules;

import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.abi.AbiException;
import dev.rivulet.wallet.abi.ContractAbi;
import java.util.Map;

/**
 * Streamr's GetContractAt: a contract already on the chain, from its address and ABI, for EthereumCall and GetEvents.
 * Its output is pullable, so connected modules have the contract from the start. Needs no wallet.
 */
public final class GetContractAt extends ModuleInstance implements Pullable {
    private final Parameter address = stringParam("address", "0x").updatesPorts()
        .help("The contract's address (0x and 40 hex digits).");
    private final Parameter abi = stringParam("ABI", "[]").updatesPorts().textArea()
        .help("The contract's ABI as JSON, as solc or a block explorer gives it.");
    private final Output contract = output("contract", DataType.ETHEREUM_CONTRACT)
        .help("The contract: its address and ABI.");

    private Map<String, Object> value;

    @Override
    protected void onConfiguration(ModuleNode node) {
        try {
            value = contract();
        } catch (ModuleException e) {
            value = null;
            reportConfigurationProblem(e.getMessage());
        }
    }

    @Override
    public void initialize() {
        value = contract();
    }

    private Map<String, Object> contract() {
        String at = address.getString() == null ? "" : address.getString().trim();
        if (at.length() <= 2) {
            throw new ModuleException("set the contract's address");
        }
        try {
            return ContractValue.of(Address.of(at), ContractAbi.parse(abi.getString()));
        } catch (IllegalArgumentException | AbiException e) {
            throw new ModuleException(e.getMessage());
        }
    }

    @Override
    public Object pull(Output output) {
        return value;
    }

    @Override
    public void sendOutput() {
        if (value != null) {
            contract.send(value);
        }
    }
}
