package dev.rivulet.wallet.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.web3j.utils.Numeric;

/**
 * Turns revert data into text: {@code Error(string)} gives its message (Streamr contracts use
 * {@code error_*} strings), {@code Panic(uint256)} its Solidity meaning, anything else names the
 * custom error selector. Nodes that return no data often put the reason in the error message, which
 * {@link #fromMessage} reads.
 */
public final class RevertReasons {

    static final String ERROR_SELECTOR = "08c379a0";
    static final String PANIC_SELECTOR = "4e487b71";
    private static final Pattern REASON_IN_MESSAGE =
            Pattern.compile("reverted with (?:reason string|custom error) '(.*)'", Pattern.DOTALL);
    private static final Map<Integer, String> PANICS = Map.of(
            0x01, "assertion failed",
            0x11, "arithmetic overflow or underflow",
            0x12, "division or modulo by zero",
            0x21, "invalid enum value",
            0x22, "corrupt storage byte array",
            0x31, "pop on an empty array",
            0x32, "array index out of bounds",
            0x41, "out of memory",
            0x51, "call to an uninitialised function");

    private RevertReasons() {
    }

    /** The reason encoded in {@code data} (0x-prefixed hex), or empty when there is none to decode. */
    public static Optional<String> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String hex = Numeric.cleanHexPrefix(data.strip().replace("\"", ""));
        if (hex.isEmpty() || !hex.matches("[0-9a-fA-F]*")) {
            return Optional.empty();
        }
        if (hex.length() < 8) {
            return Optional.of("reverted with malformed data 0x" + hex);
        }
        String selector = hex.substring(0, 8).toLowerCase();
        String body = hex.substring(8);
        try {
            if (selector.equals(ERROR_SELECTOR)) {
                return Optional.of(decodeString(body));
            }
            if (selector.equals(PANIC_SELECTOR) && body.length() >= 64) {
                int code = new BigInteger(body.substring(0, 64), 16).intValue();
                return Optional.of("panic 0x" + Integer.toHexString(code) + ": " + PANICS.getOrDefault(code, "unknown panic"));
            }
        } catch (RuntimeException e) {
            return Optional.of("reverted with malformed data 0x" + hex);
        }
        return Optional.of("custom error 0x" + selector);
    }

    /** The reason a node quoted in an error message such as hardhat's "reverted with reason string '…'". */
    public static Optional<String> fromMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher matcher = REASON_IN_MESSAGE.matcher(message);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String decodeString(String body) {
        int offset = new BigInteger(body.substring(0, 64), 16).intValueExact() * 2;
        int length = new BigInteger(body.substring(offset, offset + 64), 16).intValueExact();
        String bytesHex = body.substring(offset + 64, offset + 64 + length * 2);
        return new String(Numeric.hexStringToByteArray(bytesHex), StandardCharsets.UTF_8);
    }
}
