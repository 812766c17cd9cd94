package dev.rivulet.runtime.streams.signing;

import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.Signature;
import dev.rivulet.wallet.sign.MessageSigner;
import dev.rivulet.wallet.sign.MessageVerifier;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs stream messages with a wallet {@link MessageSigner} and checks received ones, over the {@link SignaturePayload}.
 * A signed message's publisher id is the signer's address in lower case, as in Streamr. Stateless and thread-safe.
 *
 * <p>Usage: {@code StreamMessage signed = StreamSignatures.sign(chain.next(id, 0, now, content), signer);
 * Verdict v = StreamSignatures.verify(received);}
 */
public final class StreamSignatures {
    private StreamSignatures() {
    }

    /**
     * The message signed by {@code signer}; its publisher id must be the signer's address (any case).
     *
     * @throws IllegalArgumentException when the publisher is someone else
     * @throws dev.rivulet.wallet.grants.StreamSigningNotGrantedException without the user's grant for the stream
     */
    public static StreamMessage sign(StreamMessage m, MessageSigner signer) {
        String address = signer.address().lowerCase();
        if (!m.publisherId().toLowerCase(Locale.ROOT).equals(address)) {
            throw new IllegalArgumentException("a message published as \"" + m.publisherId()
                + "\" cannot be signed by " + signer.address() + ": publish it under that address");
        }
        StreamMessage asSigner = new StreamMessage(m.streamId(), m.partition(), m.timestamp(), m.sequence(), address,
            m.chainId(), m.content(), null);
        Signature s = signer.sign(SignaturePayload.of(asSigner));
        return new StreamMessage(m.streamId(), m.partition(), m.timestamp(), m.sequence(), address, m.chainId(),
            m.content(), new StreamMessage.Signature(SignaturePayload.TYPE, s.hex()));
    }

    /** Checks the message's signature against its publisher id. */
    public static Verdict verify(StreamMessage m) {
        StreamMessage.Signature sig = m.signature();
        if (sig == null) {
            return new Verdict.Unsigned();
        }
        if (!SignaturePayload.TYPE.equals(sig.type())) {
            return new Verdict.Rejected("signature type " + sig.type() + " is not supported (expected "
                + SignaturePayload.TYPE + ")");
        }
        Address publisher;
        try {
            publisher = Address.of(m.publisherId().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new Verdict.Rejected("publisher \"" + m.publisherId() + "\" is not an Ethereum address");
        }
        Signature value;
        try {
            value = new Signature(sig.value());
        } catch (IllegalArgumentException e) {
            return new Verdict.Rejected("the signature is malformed: " + e.getMessage());
        }
        byte[] payload;
        try {
            payload = SignaturePayload.of(m);
        } catch (IllegalArgumentException e) {
            return new Verdict.Rejected(e.getMessage());
        }
        Optional<Address> signer = MessageVerifier.signer(payload, value);
        if (signer.isEmpty()) {
            return new Verdict.Rejected("the signature cannot be recovered");
        }
        if (!signer.get().equals(publisher)) {
            // tampered content and another key look the same from here: the recovered key is not the publisher's
            return new Verdict.Rejected("signed by " + signer.get().lowerCase() + ", not by the publisher "
                + publisher.lowerCase() + " (content changed or another key)");
        }
        return new Verdict.Verified(publisher.lowerCase());
    }
}
