package dev.rivulet.runtime.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The store's random 256-bit AES key and the AES-GCM operations under it. The key lives in {@code master.key}
 * (owner-only, version 1: {@code {"version":1,"cipher":"AES-256-GCM","key":"<base64>"}}). Each value gets a fresh
 * 96-bit nonce; the secret's id is authenticated with it, so a value moved to another entry fails its check.
 *
 * <p>Usage: {@code MasterKey key = MasterKey.load(file); Sealed s = key.seal(id, bytes); key.open(id, s);}
 */
final class MasterKey {
    static final String CIPHER = "AES-256-GCM";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] key;
    private final SecureRandom random;

    private MasterKey(byte[] key, SecureRandom random) {
        this.key = key;
        this.random = random;
    }

    /** A value encrypted under the key: the nonce and the ciphertext with its tag. */
    record Sealed(byte[] nonce, byte[] ciphertext) {
    }

    /** Thrown by {@link #open} when the tag does not match (wrong key, tampered or damaged ciphertext). */
    static final class IntegrityException extends Exception {
        IntegrityException(Throwable cause) {
            super(cause);
        }
    }

    /** Creates a new random key in {@code file} (which must not exist), owner-only. */
    static MasterKey create(Path file, SecureRandom random) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        ObjectNode o = JSON.createObjectNode();
        o.put("version", 1);
        o.put("cipher", CIPHER);
        o.put("key", Base64.getEncoder().encodeToString(key));
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        OwnerOnly.createFile(tmp);
        Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
        // the key appears under its final name complete or not at all
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new MasterKey(key, random);
    }

    /** Reads the key; a damaged file is a {@link SecretStoreException} that says so. */
    static MasterKey load(Path file, SecureRandom random) throws IOException {
        String damaged = file + " is damaged (";
        String fix = "): restore it from a backup; without it the stored secrets cannot be decrypted";
        JsonNode o;
        try {
            o = JSON.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SecretStoreException(damaged + "not JSON" + fix);
        }
        if (o == null || !o.isObject() || o.path("version").asInt() != 1 || !CIPHER.equals(o.path("cipher").asText())) {
            throw new SecretStoreException(damaged + "expected version 1 and cipher " + CIPHER + fix);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(o.path("key").asText());
        } catch (IllegalArgumentException e) {
            throw new SecretStoreException(damaged + "the key is not base64" + fix);
        }
        if (key.length != KEY_BYTES) {
            throw new SecretStoreException(damaged + "the key has " + key.length + " bytes instead of " + KEY_BYTES
                + fix);
        }
        return new MasterKey(key, random);
    }

    /**
     * A short fingerprint of the key (an HMAC of a constant, so it tells nothing about the key), written beside the
     * secrets so that a different key is reported as such rather than as damaged entries.
     */
    String id() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal("rivulet secret store key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    Sealed seal(String secretId, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            return new Sealed(nonce, cipher(Cipher.ENCRYPT_MODE, secretId, nonce).doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    byte[] open(String secretId, Sealed sealed) throws IntegrityException {
        try {
            return cipher(Cipher.DECRYPT_MODE, secretId, sealed.nonce()).doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new IntegrityException(e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a nonce of the wrong length or a truncated ciphertext: damaged as well
            throw new IntegrityException(e);
        }
    }

    private Cipher cipher(int mode, String secretId, byte[] nonce) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(("rivulet-secret:v1:" + secretId).getBytes(StandardCharsets.UTF_8));
        return c;
    }

    /** Drops the key bytes from memory (best effort: the JVM may have copied them). */
    void wipe() {
        Arrays.fill(key, (byte) 0);
    }
}
