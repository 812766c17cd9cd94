package dev.rivulet.wallet;

/**
 * scrypt parameters for encrypting keys and the HD seed. {@link #STANDARD} is what Geth and MetaMask use
 * for keystore V3 files (n = 2^18, r = 8, p = 1: about 256 MiB and a second per key); tests pass
 * {@link #LIGHT} to run quickly. Files record their own parameters, so either kind can be read later.
 */
public record KdfParams(int n, int r, int p) {

    /** Keystore V3 standard parameters. */
    public static final KdfParams STANDARD = new KdfParams(1 << 18, 8, 1);
    /** Light parameters (web3j's "light" wallet files), for tests only. */
    public static final KdfParams LIGHT = new KdfParams(1 << 12, 8, 6);

    public KdfParams {
        if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1) {
            throw new IllegalArgumentException("scrypt needs n a power of two > 1, r >= 1, p >= 1");
        }
    }
}
