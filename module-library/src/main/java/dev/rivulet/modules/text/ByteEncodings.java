package dev.rivulet.modules.text;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Parameter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The two text forms of bytes that Streamr's DecodeStringToByteArray and DecodeByteArrayToString offered:
 * base64 and hex. Hex is written in capitals, as Streamr (JAXB's printHexBinary) wrote it, and read in either case,
 * with or without a leading "0x" (as Ethereum tools write it). Base64 is read in its standard and URL-safe
 * alphabets, with or without "=" padding, ignoring line breaks and spaces; it is written in the standard alphabet.
 */
final class ByteEncodings {
    static final String BASE64 = "base64";
    static final String HEX = "hex";
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private ByteEncodings() {
    }

    static Parameter choices(Parameter p) {
        return p.choices("base64", BASE64, "hex", HEX);
    }

    /** The chosen encoding; anything else fails the module. */
    static String check(Parameter p) {
        String v = p.getString().trim().toLowerCase(Locale.ROOT);
        if (!v.equals(BASE64) && !v.equals(HEX)) {
            throw new ModuleException("decodeType must be base64 or hex, not \"" + p.getString() + "\"");
        }
        return v;
    }

    static String encode(byte[] bytes, String type) {
        return type.equals(HEX) ? UPPER_HEX.formatHex(bytes) : Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes the text stands for; IllegalArgumentException when it is not valid in that encoding. */
    static byte[] decode(String text, String type) {
        String t = text.strip();
        if (type.equals(HEX)) {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                t = t.substring(2);
            }
            if (t.length() % 2 != 0) {
                throw new IllegalArgumentException("odd number of hex digits");
            }
            return HexFormat.of().parseHex(t);
        }
        StringBuilder compact = new StringBuilder(t.length());
        boolean urlSafe = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(c);
                urlSafe |= c == '-' || c == '_';
            }
        }
        return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(compact.toString());
    }
}
