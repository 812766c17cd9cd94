package dev.rivulet.wallet;

/**
 * Where an account's key comes from: derived from the wallet's HD seed, or imported on its own.
 *
 * <p>{@code if (account.origin() instanceof AccountOrigin.Hd hd) path = hd.path();}
 */
public sealed interface AccountOrigin {

    /** Derived from the HD seed at BIP44 path m/44'/60'/0'/0/{@code index}. */
    record Hd(int index) implements AccountOrigin {
        public Hd {
            if (index < 0) {
                throw new IllegalArgumentException("negative HD index " + index);
            }
        }

        /** The derivation path, for display. */
        public String path() {
            return "m/44'/60'/0'/0/" + index;
        }
    }

    /** Imported from a private key, a keystore file or a separate mnemonic; stored as a keystore V3 file. */
    record Imported() implements AccountOrigin {
    }
}
