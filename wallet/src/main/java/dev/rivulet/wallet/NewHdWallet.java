package dev.rivulet.wallet;

import java.util.Objects;

/**
 * The result of creating an HD wallet: its first account and the recovery phrase, which the caller
 * shows once for the confirmation step and then drops.
 */
public record NewHdWallet(Account firstAccount, RecoveryPhrase recoveryPhrase) {

    public NewHdWallet {
        Objects.requireNonNull(firstAccount, "firstAccount");
        Objects.requireNonNull(recoveryPhrase, "recoveryPhrase");
    }
}
