package dev.rivulet.wallet.archfixture;

import dev.rivulet.runtime.store.DataDirectory;

/** Deliberate layering violation (wallet code using runtime-bridge); see LayeringRulesCatchViolationsTest. */
public final class WalletUsesRuntime {

    DataDirectory keys;
}
