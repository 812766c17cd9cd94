package dev.rivulet.runtime.streams.signing;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.wallet.sign.MessageSigner;
import java.util.Optional;

/**
 * Which key, if any, signs the messages this process publishes to a stream: the host answers from the user's
 * per-stream signing grants ({@link WalletStreamSigners}), so publishing never asks per message.
 *
 * <p>Usage: {@code signers.signerFor(id).map(s -> StreamSignatures.sign(m, s)).orElse(m)}
 */
@FunctionalInterface
public interface StreamSigners {
    /** Nothing is signed. */
    StreamSigners NONE = id -> Optional.empty();

    /** The signer for the stream's messages, or empty to publish unsigned. */
    Optional<MessageSigner> signerFor(StreamId stream);
}
