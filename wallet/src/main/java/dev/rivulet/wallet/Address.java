package dev.rivulet.wallet;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.web3j.crypto.Keys;

/**
 * An Ethereum account or contract address, always held in its EIP-55 checksummed form.
 *
 * <p>{@code Address.of("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")} accepts all-lower or all-upper hex;
 * mixed case must carry a valid checksum, so a mistyped address is refused instead of losing funds.
 *
 * @param hex the checksummed address, {@code 0x} followed by 40 hex digits
 */
public record Address(String hex) {

    private static final Pattern HEX_40 = Pattern.compile("0x[0-9a-fA-F]{40}");

    /** The zero address (mints and burns; never a valid recipient of a user transfer). */
    public static final Address ZERO = of("0x0000000000000000000000000000000000000000");

    public Address {
        Objects.requireNonNull(hex, "hex");
        if (!HEX_40.matcher(hex).matches() || !Keys.toChecksumAddress(hex).equals(hex)) {
            throw new IllegalArgumentException("not a checksummed address");
        }
    }

    /**
     * Parses an address with or without {@code 0x}; mixed-case input must have a valid EIP-55 checksum.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Address of(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        String prefixed = trimmed.startsWith("0x") || trimmed.startsWith("0X")
                ? "0x" + trimmed.substring(2) : "0x" + trimmed;
        if (!HEX_40.matcher(prefixed).matches()) {
            // The input is not echoed: a pasted private key must not end up in a message or log.
            throw new IllegalArgumentException("not an address (expected 0x and 40 hex digits, "
                    + trimmed.length() + " characters given)");
        }
        String digits = prefixed.substring(2);
        boolean singleCase = digits.equals(digits.toLowerCase(Locale.ROOT))
                || digits.equals(digits.toUpperCase(Locale.ROOT));
        String checksummed = Keys.toChecksumAddress(prefixed.toLowerCase(Locale.ROOT));
        if (!singleCase && !checksummed.equals(prefixed)) {
            throw new IllegalArgumentException("address checksum mismatch (mistyped?): " + text);
        }
        return new Address(checksummed);
    }

    /** The address in lower case, as JSON-RPC and keystore files often write it. */
    public String lowerCase() {
        return hex.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return hex;
    }
}
