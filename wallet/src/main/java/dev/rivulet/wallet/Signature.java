package dev.rivulet.wallet;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 65-byte secp256k1 signature {@code r || s || v} as lower-case hex with {@code 0x}, with v 27 or 28,
 * the form that personal_sign and eth_signTypedData_v4 return.
 */
public record Signature(String hex) {

    private static final Pattern HEX_130 = Pattern.compile("0x[0-9a-f]{130}");

    public Signature {
        Objects.requireNonNull(hex, "hex");
        hex = hex.toLowerCase();
        if (!HEX_130.matcher(hex).matches()) {
            throw new IllegalArgumentException("a signature is 0x followed by 130 hex digits");
        }
    }

    /** The recovery byte v (27 or 28; 0 or 1 are normalised when verifying). */
    public int v() {
        return Integer.parseInt(hex.substring(130), 16);
    }
}
