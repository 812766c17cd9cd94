package dev.rivulet.wallet.modules;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Parameter;
import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.CanvasSpending;
import dev.rivulet.wallet.WalletService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the Ethereum modules share: the wallet they reach the chain through, found among the registry's services
 * (the composition root supplies it), the canvas's spending allowance, and the account parameter. Without a wallet
 * they report "no wallet configured" while being configured, so validation shows it, and fail to start.
 */
abstract class EthereumModule extends ModuleInstance {

    static final String NO_WALLET = "no wallet configured: Ethereum modules need the wallet (open or create one,"
            + " then start the canvas again)";

    /** The wallet, or empty when the registry that configured this module has none. */
    final Optional<WalletService> wallet() {
        return registry() == null ? Optional.empty() : registry().services().get(WalletService.class);
    }

    /** The wallet for a run. @throws ModuleException "no wallet configured" */
    final WalletService requireWallet() {
        return wallet().orElseThrow(() -> new ModuleException(NO_WALLET));
    }

    /** Reports a missing wallet as a configuration problem (call from onConfiguration). */
    final void checkWalletConfigured() {
        if (wallet().isEmpty()) {
            reportConfigurationProblem(NO_WALLET);
        }
    }

    /** The approval path for this canvas's transactions: its allowance, or one that denies everything. */
    final CanvasSpending spending() {
        return registry() == null ? CanvasSpending.none()
                : registry().services().get(CanvasSpending.class).orElseGet(CanvasSpending::none);
    }

    /** The ethAccount parameter: a choice among the wallet's accounts (addresses, labelled). */
    final Parameter accountParam() {
        return stringParam("ethAccount", "").help("The wallet account that signs (and pays for) transactions.");
    }

    /** Fills the account choices from the wallet (call from onConfiguration). */
    final void offerAccounts(Parameter account) {
        List<Object> choices = new ArrayList<>(List.of("(none)", ""));
        wallet().ifPresent(w -> {
            for (Account a : w.accounts()) {
                choices.add(a.label() + " " + a.address().hex());
                choices.add(a.address().hex());
            }
        });
        account.choices(choices.toArray());
    }

    /**
     * The chosen signing account, checked against the wallet.
     *
     * @throws ModuleException when none is chosen or the wallet does not hold it
     */
    final Address signer(Parameter account) {
        String text = account.getString() == null ? "" : account.getString().trim();
        if (text.isEmpty()) {
            throw new ModuleException("choose the account to sign with (parameter ethAccount)");
        }
        Address address;
        try {
            address = Address.of(text);
        } catch (IllegalArgumentException e) {
            throw new ModuleException("ethAccount is not an address: " + e.getMessage());
        }
        WalletService w = requireWallet();
        if (w.accounts().stream().noneMatch(a -> a.address().equals(address))) {
            throw new ModuleException("ethAccount " + address + " is not an account of this wallet");
        }
        return address;
    }

    /** {@code name}, or name_2, name_3... if an output already has it (ABI names may repeat Streamr's fixed ones). */
    final String unique(String name) {
        String n = name;
        for (int k = 2; output(n) != null; k++) {
            n = name + "_" + k;
        }
        return n;
    }

    /** A message for the errors output from a wallet failure (never contains a secret: wallet messages never do). */
    static String describe(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
