package dev.rivulet.wallet.sign;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.Signature;
import dev.rivulet.wallet.WalletException;
import java.util.Optional;

/**
 * Checks EIP-191 {@code personal_sign} signatures without a wallet or any key: pure functions of their inputs, safe
 * from any thread. The streams layer verifies received stream messages with it.
 *
 * <p>Usage: {@code boolean ok = MessageVerifier.verifies(payload, signature, publisher);}
 */
public final class MessageVerifier {
    private MessageVerifier() {
    }

    /** The account that signed {@code message}, or empty when the signature cannot be recovered at all. */
    public static Optional<Address> signer(byte[] message, Signature signature) {
        try {
            return Optional.of(Signatures.recoverPersonal(message, signature));
        } catch (WalletException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@code signature} over {@code message} was made by {@code expected}'s key. */
    public static boolean verifies(byte[] message, Signature signature, Address expected) {
        return signer(message, signature).map(expected::equals).orElse(false);
    }
}
