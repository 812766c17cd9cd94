package dev.rivulet.wallet.keys;

import dev.rivulet.wallet.InvalidMnemonicException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.MnemonicUtils;

/** BIP39 phrases and BIP44 derivation along Ethereum's path m/44'/60'/0'/0/n. */
final class HdKeys {

    private static final int HARDENED = Bip32ECKeyPair.HARDENED_BIT;
    private static final Set<Integer> WORD_COUNTS = Set.of(12, 15, 18, 21, 24);

    private HdKeys() {
    }

    /** A new 12-word phrase from 128 bits of entropy. */
    static String newPhrase(SecureRandom random) {
        byte[] entropy = new byte[16];
        random.nextBytes(entropy);
        return MnemonicUtils.generateMnemonic(entropy);
    }

    /**
     * The phrase in canonical form (lower case, single spaces) after checking words and checksum.
     * Error messages name positions and counts, never the words.
     */
    static String normalise(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new InvalidMnemonicException("the recovery phrase is empty");
        }
        String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (!WORD_COUNTS.contains(words.length)) {
            throw new InvalidMnemonicException("a recovery phrase has 12, 15, 18, 21 or 24 words, not " + words.length);
        }
        List<String> dictionary = MnemonicUtils.getWords();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (!dictionary.contains(words[i])) {
                unknown.add(i + 1);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidMnemonicException("not in the BIP39 English word list: word " + unknown);
        }
        String canonical = String.join(" ", words);
        if (!MnemonicUtils.validateMnemonic(canonical)) {
            throw new InvalidMnemonicException("the recovery phrase checksum does not match (a word is wrong or out of order)");
        }
        return canonical;
    }

    /** The 64-byte BIP39 seed (empty passphrase, as MetaMask and most wallets use). */
    static byte[] seed(String canonicalPhrase) {
        return MnemonicUtils.generateSeed(canonicalPhrase, "");
    }

    /** The key pair at m/44'/60'/0'/0/{@code index}. */
    static ECKeyPair derive(byte[] seed, int index) {
        Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(seed);
        int[] path = {44 | HARDENED, 60 | HARDENED, HARDENED, 0, index};
        Bip32ECKeyPair child = Bip32ECKeyPair.deriveKeyPair(master, path);
        return ECKeyPair.create(child.getPrivateKey());
    }
}
