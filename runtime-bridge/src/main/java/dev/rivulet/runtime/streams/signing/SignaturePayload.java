package dev.rivulet.runtime.streams.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.runtime.streams.StreamMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes a stream message's signature covers, in Streamr's legacy scheme ({@code ECDSA_SECP256K1_LEGACY}, the
 * "ETH" signature type of protocol v32): the concatenation, as text without separators, of stream id, partition,
 * timestamp, sequence number, publisher id (lower case), message chain id, the previous message reference (timestamp
 * and sequence; empty, as Rivulet messages carry none), the content as JSON text and the new group key (empty: no
 * encryption). The result is signed with EIP-191 {@code personal_sign}.
 *
 * <p>The content text is Jackson's rendering of the content map in key order. A message that crossed MQTT or the
 * node is re-rendered the same way (field order, numbers as written), so the bytes match on both sides.
 *
 * <p>Usage: {@code byte[] payload = SignaturePayload.of(message);}
 */
public final class SignaturePayload {
    /** The signature type this payload is for, as Streamr's protobuf enum names it. */
    public static final String TYPE = "ECDSA_SECP256K1_LEGACY";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignaturePayload() {
    }

    /** The payload of a message (its signature, if any, is not part of it). */
    public static byte[] of(StreamMessage m) {
        String content;
        try {
            content = JSON.writeValueAsString(m.content());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the content cannot be written as JSON: " + e.getMessage(), e);
        }
        String text = m.streamId().toString() + m.partition() + m.timestamp() + m.sequence()
            + m.publisherId().toLowerCase(Locale.ROOT) + m.chainId() + content;
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
