package dev.rivulet.wallet.sign;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.Signature;

/**
 * Signs byte messages with one account's key (EIP-191 {@code personal_sign}), for callers outside the wallet that
 * must not see keys or web3j: the streams layer signs each published stream message's payload with one. A signer
 * from {@link dev.rivulet.wallet.WalletService#streamSigner} checks the user's per-stream signing grant on every
 * signature, so revoking the grant stops signing at once; a locked wallet refuses with
 * {@link dev.rivulet.wallet.WalletLockedException}.
 *
 * <p>Usage: {@code MessageSigner s = wallet.streamSigner(me, "0xabc…/prices"); Signature sig = s.sign(payload);}
 */
public interface MessageSigner {
    /** The account whose key signs. */
    Address address();

    /**
     * Signs {@code "\x19Ethereum Signed Message:\n" + len + message}.
     *
     * @throws dev.rivulet.wallet.grants.StreamSigningNotGrantedException when the grant is missing or was revoked
     */
    Signature sign(byte[] message);
}
