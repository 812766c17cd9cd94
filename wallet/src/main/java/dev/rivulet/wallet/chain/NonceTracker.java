package dev.rivulet.wallet.chain;

import dev.rivulet.wallet.Address;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out nonces so that parallel sends from one account never reuse one: the next nonce is the
 * larger of the node's pending count and the last one handed out plus one. A send that fails before
 * reaching the node gives its nonce back by {@link #forget}, so the next send asks the node again.
 */
final class NonceTracker {

    private final Map<Address, BigInteger> next = new HashMap<>();
    private final Map<Address, Object> locks = new HashMap<>();

    /** The monitor that serialises sends from {@code sender}. */
    synchronized Object lockFor(Address sender) {
        return locks.computeIfAbsent(sender, a -> new Object());
    }

    synchronized BigInteger take(Address sender, BigInteger pendingOnNode) {
        BigInteger local = next.getOrDefault(sender, BigInteger.ZERO);
        BigInteger nonce = local.max(pendingOnNode);
        next.put(sender, nonce.add(BigInteger.ONE));
        return nonce;
    }

    synchronized void forget(Address sender) {
        next.remove(sender);
    }
}
