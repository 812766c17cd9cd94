package dev.rivulet.runtime.streams.signing;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.transport.MessageChain;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the messages this process publishes: numbered on a chain per publisher (one random chain id per session) and
 * signed when {@link StreamSigners} has a signer for the stream, whose address is then the publisher id. Without a
 * signer the message is published under the local name, unsigned. Thread-safe.
 *
 * <p>Usage: {@code transport.publish(publisher.message(id, partition, clock.millis(), content));}
 */
public final class SigningPublisher {
    private final StreamSigners signers;
    private final MessageChain local;
    private final Map<String, MessageChain> chains = new ConcurrentHashMap<>();

    /** @param localName the publisher id of unsigned messages, e.g. "editor" */
    public SigningPublisher(StreamSigners signers, String localName) {
        this.signers = signers;
        this.local = new MessageChain(localName, MessageChain.randomId());
    }

    /**
     * The next message of this process on the stream partition, signed if a grant allows it.
     *
     * @throws dev.rivulet.wallet.WalletException when the wallet refuses to sign (locked meanwhile, grant revoked)
     */
    public StreamMessage message(StreamId stream, int partition, long timestamp, Map<String, ?> content) {
        var signer = signers.signerFor(stream);
        if (signer.isEmpty()) {
            return local.next(stream, partition, timestamp, content);
        }
        String address = signer.get().address().lowerCase();
        MessageChain chain = chains.computeIfAbsent(address, a -> new MessageChain(a, MessageChain.randomId()));
        return StreamSignatures.sign(chain.next(stream, partition, timestamp, content), signer.get());
    }

    /** The address that would sign the stream's messages now, for display. */
    public Optional<String> signerOf(StreamId stream) {
        return signers.signerFor(stream).map(s -> s.address().hex());
    }
}
