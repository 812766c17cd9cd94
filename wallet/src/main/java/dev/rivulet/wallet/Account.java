package dev.rivulet.wallet;

import java.util.Objects;

/**
 * One account of the wallet: its address, a user-chosen label and where its key comes from.
 * Holds nothing secret.
 *
 * <p>{@code walletService.accounts().forEach(a -> println(a.label() + " " + a.address()));}
 */
public record Account(Address address, String label, AccountOrigin origin) {

    public Account {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(origin, "origin");
    }

    /** The same account with another label. */
    public Account withLabel(String newLabel) {
        return new Account(address, newLabel, origin);
    }
}
