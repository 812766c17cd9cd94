package dev.rivulet.wallet.archfixture;

import org.web3j.archfixture.Web3jStandIn;

/** Allowed: the wallet is the one module that may use web3j; see LayeringRulesCatchViolationsTest. */
public final class WalletUsesWeb3j {

    String client() {
        return Web3jStandIn.version();
    }
}
