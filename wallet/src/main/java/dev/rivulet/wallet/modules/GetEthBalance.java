package dev.rivulet.wallet.modules;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.abi.AbiCodec;

/**
 * Streamr's GetEthBalance: the native balance of each address that arrives, in ETH, read from the wallet's chain at
 * the latest block. A chain read acts outside the canvas (the answer is today's, not the replayed time's), so it is
 * suppressed in historical runs unless activateInHistoricalMode is set.
 */
public final class GetEthBalance extends EthereumModule {
    private final Input address = stringInput("address").lockDriving()
        .help("The account or contract whose balance to read (0x and 40 hex digits).");
    private final Output balance = doubleOutput("balanceEther").help("The balance in ETH.");

    public GetEthBalance() {
        hasSideEffects();
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        checkWalletConfigured();
    }

    @Override
    public void initialize() {
        requireWallet();
    }

    @Override
    public void sendOutput() {
        if (!mayActOnTheWorld()) {
            return;
        }
        Address owner;
        try {
            owner = Address.of(address.getString());
        } catch (IllegalArgumentException e) {
            throw new ModuleException("address: " + e.getMessage());
        }
        balance.send(AbiCodec.weiToEther(requireWallet().nativeBalance(owner)));
    }
}
