package dev.rivulet.document.archfixture;

import org.web3j.archfixture.Web3jStandIn;

/** Deliberate layering violation (web3j outside the wallet); see LayeringRulesCatchViolationsTest. */
public final class DocumentUsesWeb3j {

    String chain() {
        return Web3jStandIn.version();
    }
}
