package dev.rivulet.wallet.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.wallet.CorruptKeystoreException;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.WrongPasswordException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.util.encoders.Hex;
import org.web3j.crypto.Hash;

/**
 * Encrypts arbitrary secret bytes (the HD seed) exactly as keystore V3 encrypts a private key: scrypt
 * derives 32 bytes from the password, AES-128-CTR encrypts with the first half, and
 * keccak256(second half || ciphertext) is the MAC that tells a wrong password from a right one.
 * Reusing the V3 "crypto" object keeps one well-reviewed scheme for every secret on disk.
 */
final class SecretCipher {

    private static final int DKLEN = 32;
    private static final int MAX_N = 1 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretCipher() {
    }

    /** A keystore-V3-style "crypto" object holding {@code secret} encrypted under {@code password}. */
    static ObjectNode encrypt(byte[] secret, char[] password, KdfParams kdf) {
        byte[] salt = randomBytes(32);
        byte[] iv = randomBytes(16);
        byte[] derived = derive(password, salt, kdf.n(), kdf.r(), kdf.p());
        try {
            byte[] ciphertext = aesCtr(Cipher.ENCRYPT_MODE, derived, iv, secret);
            ObjectNode crypto = JsonNodeFactory.instance.objectNode();
            crypto.put("cipher", "aes-128-ctr");
            crypto.putObject("cipherparams").put("iv", Hex.toHexString(iv));
            crypto.put("ciphertext", Hex.toHexString(ciphertext));
            crypto.put("kdf", "scrypt");
            ObjectNode params = crypto.putObject("kdfparams");
            params.put("dklen", DKLEN).put("n", kdf.n()).put("r", kdf.r()).put("p", kdf.p());
            params.put("salt", Hex.toHexString(salt));
            crypto.put("mac", Hex.toHexString(mac(derived, ciphertext)));
            return crypto;
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * Decrypts a "crypto" object written by {@link #encrypt}.
     *
     * @throws WrongPasswordException when the MAC does not match
     * @throws CorruptKeystoreException when fields are missing or malformed
     */
    static byte[] decrypt(JsonNode crypto, char[] password, String what) {
        byte[] derived = null;
        try {
            if (!"aes-128-ctr".equals(crypto.path("cipher").asText()) || !"scrypt".equals(crypto.path("kdf").asText())) {
                throw new CorruptKeystoreException(what + ": unsupported cipher or key derivation");
            }
            JsonNode params = crypto.path("kdfparams");
            int n = params.path("n").asInt();
            int r = params.path("r").asInt();
            int p = params.path("p").asInt();
            if (params.path("dklen").asInt() != DKLEN) {
                throw new CorruptKeystoreException(what + ": unsupported key length");
            }
            new KdfParams(n, r, p); // validates the ranges
            if (n > MAX_N || (long) r * p > 64) {
                // a hostile file must not make scrypt allocate gigabytes
                throw new CorruptKeystoreException(what + ": scrypt parameters too large");
            }
            byte[] salt = Hex.decode(crypto.path("kdfparams").path("salt").asText());
            byte[] iv = Hex.decode(crypto.path("cipherparams").path("iv").asText());
            byte[] ciphertext = Hex.decode(crypto.path("ciphertext").asText());
            byte[] expectedMac = Hex.decode(crypto.path("mac").asText());
            if (salt.length == 0 || iv.length != 16 || ciphertext.length == 0 || expectedMac.length != 32) {
                throw new CorruptKeystoreException(what + ": missing or malformed fields");
            }
            derived = derive(password, salt, n, r, p);
            if (!MessageDigest.isEqual(mac(derived, ciphertext), expectedMac)) {
                throw new WrongPasswordException("wrong password for " + what);
            }
            return aesCtr(Cipher.DECRYPT_MODE, derived, iv, ciphertext);
        } catch (IllegalArgumentException | org.bouncycastle.util.encoders.DecoderException e) {
            throw new CorruptKeystoreException(what + ": malformed parameters");
        } finally {
            if (derived != null) {
                Arrays.fill(derived, (byte) 0);
            }
        }
    }

    /** The password as UTF-8 bytes, the encoding keystore V3 tools use. Callers wipe the result. */
    static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private static byte[] derive(char[] password, byte[] salt, int n, int r, int p) {
        byte[] pw = utf8(password);
        try {
            return SCrypt.generate(pw, salt, n, r, p, DKLEN);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    private static byte[] mac(byte[] derived, byte[] ciphertext) {
        byte[] input = new byte[16 + ciphertext.length];
        System.arraycopy(derived, 16, input, 0, 16);
        System.arraycopy(ciphertext, 0, input, 16, ciphertext.length);
        return Hash.sha3(input);
    }

    private static byte[] aesCtr(int mode, byte[] derived, byte[] iv, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, 0, 16, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CTR is not available", e);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
