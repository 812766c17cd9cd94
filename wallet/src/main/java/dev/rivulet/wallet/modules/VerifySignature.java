package dev.rivulet.wallet.modules;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.wallet.Signature;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.sign.Signatures;
import java.nio.charset.StandardCharsets;

/**
 * Streamr's VerifySignature: the address that signed a message with EIP-191 personal_sign (what wallets show as
 * "Sign message"), so a canvas can check who sent it. Pure computation; needs no wallet or chain.
 */
public final class VerifySignature extends ModuleInstance {
    private final Input message = stringInput("message").help("The message as text (UTF-8), exactly as signed.");
    private final Input signature = stringInput("signature")
        .help("The signature: 0x and 130 hex digits (r, s, v), as personal_sign returns it.");
    private final Output address = stringOutput("address").help("The checksummed address of the signer.");
    private final Output error = stringOutput("error").help("Why no signer could be recovered.");

    @Override
    public void sendOutput() {
        Signature sig;
        try {
            sig = new Signature(signature.getString().trim());
        } catch (IllegalArgumentException e) {
            error.send("not a signature: " + e.getMessage());
            return;
        }
        try {
            address.send(Signatures.recoverPersonal(message.getString().getBytes(StandardCharsets.UTF_8), sig).hex());
        } catch (WalletException e) {
            error.send(e.getMessage());
        }
    }
}
