package dev.rivulet.wallet.keys;

import dev.rivulet.wallet.Address;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.web3j.crypto.ECKeyPair;

/** What an unlocked keyring holds in memory: the HD seed (if any) and the key of every account. */
final class UnlockedKeys {

    private final Map<Address, ECKeyPair> keys = new HashMap<>();
    private byte[] seed;

    boolean hasSeed() {
        return seed != null;
    }

    void setSeed(byte[] newSeed) {
        if (seed != null) {
            Arrays.fill(seed, (byte) 0);
        }
        seed = newSeed.clone();
    }

    ECKeyPair deriveHd(int index) {
        return HdKeys.derive(seed, index);
    }

    void put(Address address, ECKeyPair key) {
        keys.put(address, key);
    }

    ECKeyPair get(Address address) {
        ECKeyPair key = keys.get(address);
        if (key == null) {
            throw new IllegalStateException("no key loaded for " + address);
        }
        return key;
    }

    /** Wipes the seed and forgets every key. */
    void clear() {
        if (seed != null) {
            Arrays.fill(seed, (byte) 0);
            seed = null;
        }
        keys.clear();
    }

    @Override
    public String toString() {
        return "UnlockedKeys[" + keys.size() + " keys, hidden]";
    }
}
