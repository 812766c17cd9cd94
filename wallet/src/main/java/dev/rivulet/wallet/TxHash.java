package dev.rivulet.wallet;

import java.util.Objects;
import java.util.regex.Pattern;

/** A transaction hash, lower-case hex with {@code 0x}. */
public record TxHash(String hex) {

    private static final Pattern HEX_64 = Pattern.compile("0x[0-9a-f]{64}");

    public TxHash {
        Objects.requireNonNull(hex, "hex");
        hex = hex.toLowerCase();
        if (!HEX_64.matcher(hex).matches()) {
            throw new IllegalArgumentException("a transaction hash is 0x followed by 64 hex digits");
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
