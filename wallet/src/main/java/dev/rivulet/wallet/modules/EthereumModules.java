package dev.rivulet.wallet.modules;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * The Ethereum modules of Streamr's catalogue, registered through the module SPI. They reach the chain through the
 * {@code WalletService} (and compile through the {@code SolidityCompiler}) that the composition root hands to the
 * registry ({@code registry.withServices(...)}); sign only within the canvas's {@code CanvasSpending} allowance.
 */
public final class EthereumModules implements ModuleProvider {
    static final String ETHEREUM = "Integrations/Ethereum";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("get-contract-at", "GetContractAt", ETHEREUM, GetContractAt::new).streamrId(1023)
                .aliases("ContractAtAddress", "GetEthereumContract", "GetEthereumContractAt")
                .help("A contract already on the chain, from its address and ABI, for EthereumCall and GetEvents."),
            ModuleDefinition.of("ethereum-call", "EthereumCall", ETHEREUM, EthereumCall::new).streamrId(1150)
                .aliases("SendEthereumTransaction")
                .help("Calls a function of a contract whenever its arguments arrive. View functions are read and"
                    + " their results come out; other functions are transactions signed by the chosen account within"
                    + " the canvas's spending allowance, and the transaction's hash, events, cost and block come out."
                    + " Reverts (with their reason), denied signatures and a locked wallet go to errors. Suppressed"
                    + " during historical replays unless activateInHistoricalMode is set."),
            ModuleDefinition.of("get-events", "GetEvents", ETHEREUM, GetEvents::new).streamrId(1032)
                .aliases("EthereumEvents")
                .help("Sends the events a contract emits while the canvas runs in realtime, one output per event"
                    + " field, with the hash of the transaction that emitted them."),
            ModuleDefinition.of("get-eth-balance", "GetEthBalance", ETHEREUM, GetEthBalance::new).streamrId(1152)
                .help("The ETH balance of each address that arrives, read from the chain. Suppressed during"
                    + " historical replays unless activateInHistoricalMode is set."),
            ModuleDefinition.of("verify-signature", "VerifySignature", ETHEREUM, VerifySignature::new).streamrId(574)
                .aliases("GetSignature")
                .help("The address that signed a message with personal_sign (EIP-191); problems go to error."),
            ModuleDefinition.of("solidity-compile-deploy", "SolidityCompileDeploy", ETHEREUM,
                    SolidityCompileDeploy::new).streamrId(1151)
                .help("A contract written on the canvas: compiled with solc when configured, deployed from the"
                    + " chosen account when the canvas starts (within its spending allowance), and sent on as a"
                    + " contract for EthereumCall and GetEvents. Needs Node.js and npm ci in resources/devnet."),
            ModuleDefinition.of("pay-by-use", "PayByUse", ETHEREUM, PayByUse::new).streamrId(1100)
                .help("SolidityCompileDeploy with a template contract that pays a recipient per unit of use the"
                    + " canvas reports (update), from ETH sent to the contract."),
            ModuleDefinition.of("binary-betting", "BinaryBetting", ETHEREUM, BinaryBetting::new).streamrId(1101)
                .help("SolidityCompileDeploy with a template two-outcome betting contract: the canvas opens and"
                    + " resolves rounds, anyone bets, winners share the pot."));
    }
}
