package dev.rivulet.modules.custom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a JavaModule's source text (UTF-8, exactly as stored: any edit, even whitespace, gives a new
 * fingerprint). Compiled code is cached, and trust is recorded, by this fingerprint.
 *
 * <p>Usage: {@code String sha = CodeFingerprint.of(code);}
 */
public final class CodeFingerprint {
    private CodeFingerprint() {
    }

    /** Lower-case hex SHA-256 of the text. */
    public static String of(String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
