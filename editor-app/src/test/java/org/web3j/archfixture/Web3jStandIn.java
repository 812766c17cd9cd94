package org.web3j.archfixture;

/**
 * Stands in for a web3j class in layering-rule fixtures, so the rule can be proven without web3j
 * on the editor-app test classpath.
 */
public final class Web3jStandIn {

    public static String version() {
        return "stand-in";
    }

    private Web3jStandIn() {
    }
}
