package dev.rivulet.runtime.streams.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.MessageChain;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.grants.StreamSigningNotGrantedException;
import dev.rivulet.wallet.sign.MessageSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamSignaturesTest {
    private static final StreamId PRICES = StreamId.parse("demo/prices");

    @TempDir
    Path dir;

    private DefaultWalletService wallet;

    @BeforeEach
    void open() {
        wallet = TestWallet.open(dir);
    }

    @AfterEach
    void close() {
        wallet.close();
    }

    private static Map<String, Object> content() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("price", 1.5);
        c.put("sym", "DATA");
        c.put("n", 3);
        return c;
    }

    private StreamMessage unsignedBy(String publisher) {
        return new StreamMessage(PRICES, 1, 1_700_000_000_000L, 2, publisher, "chainAbc", content(), null);
    }

    @Test
    void thePayloadAndSignatureMatchStreamrsLegacySchemeAsEthersComputesIt() {
        // expected values computed with @ethersproject (signing-key, hash.hashMessage) under Node.js
        StreamMessage m = unsignedBy(TestWallet.ACCOUNT_0.lowerCase());
        assertThat(new String(SignaturePayload.of(m), StandardCharsets.UTF_8)).isEqualTo(
            "demo/prices1170000000000020xf39fd6e51aad88f6f4ce6ab8827279cfffb92266chainAbc"
                + "{\"price\":1.5,\"sym\":\"DATA\",\"n\":3}");
        wallet.streamSigningGrants().grant(PRICES.toString(), TestWallet.ACCOUNT_0);
        StreamMessage signed = StreamSignatures.sign(m, wallet.streamSigner(TestWallet.ACCOUNT_0, PRICES.toString()));
        assertThat(signed.signature()).isEqualTo(new StreamMessage.Signature("ECDSA_SECP256K1_LEGACY",
            "0xdadb01b4b1cd7f81e4c0beffdd4b22aa64524338404c521b95e40b4bb91febb1327db2cb05921ae37517376df02fb6ef5a3b1"
                + "57bd0e9876fccb4ac23dfb81dd11c"));
    }

    @Test
    void aSignedMessageVerifiesAsItsPublisher() {
        wallet.streamSigningGrants().grant(PRICES.toString(), TestWallet.ACCOUNT_0);
        MessageSigner signer = wallet.streamSigner(TestWallet.ACCOUNT_0, PRICES.toString());
        StreamMessage signed = StreamSignatures.sign(unsignedBy(TestWallet.ACCOUNT_0.hex()), signer);
        assertThat(signed.publisherId()).isEqualTo(TestWallet.ACCOUNT_0.lowerCase());
        assertThat(StreamSignatures.verify(signed)).isEqualTo(new Verdict.Verified(TestWallet.ACCOUNT_0.lowerCase()));
    }

    @Test
    void tamperedContentOrIdsFailVerification() {
        wallet.streamSigningGrants().grant(PRICES.toString(), TestWallet.ACCOUNT_0);
        StreamMessage s = StreamSignatures.sign(unsignedBy(TestWallet.ACCOUNT_0.hex()),
            wallet.streamSigner(TestWallet.ACCOUNT_0, PRICES.toString()));
        Map<String, Object> changed = new LinkedHashMap<>(s.content());
        changed.put("price", 1.6);
        List<StreamMessage> tampered = List.of(
            new StreamMessage(s.streamId(), s.partition(), s.timestamp(), s.sequence(), s.publisherId(), s.chainId(),
                changed, s.signature()),
            new StreamMessage(s.streamId(), 0, s.timestamp(), s.sequence(), s.publisherId(), s.chainId(),
                s.content(), s.signature()),
            new StreamMessage(s.streamId(), s.partition(), s.timestamp() + 1, s.sequence(), s.publisherId(),
                s.chainId(), s.content(), s.signature()));
        for (StreamMessage t : tampered) {
            assertThat(StreamSignatures.verify(t)).isInstanceOf(Verdict.Rejected.class);
        }
        assertThat(((Verdict.Rejected) StreamSignatures.verify(tampered.get(0))).reason())
            .contains("not by the publisher");
    }

    @Test
    void aMessageClaimingAnotherPublisherFails() {
        wallet.streamSigningGrants().grant(PRICES.toString(), TestWallet.ACCOUNT_0);
        StreamMessage s = StreamSignatures.sign(unsignedBy(TestWallet.ACCOUNT_0.hex()),
            wallet.streamSigner(TestWallet.ACCOUNT_0, PRICES.toString()));
        StreamMessage claimed = new StreamMessage(s.streamId(), s.partition(), s.timestamp(), s.sequence(),
            TestWallet.ACCOUNT_1.lowerCase(), s.chainId(), s.content(), s.signature());
        assertThat(StreamSignatures.verify(claimed)).isInstanceOf(Verdict.Rejected.class);
        StreamMessage notAnAddress = new StreamMessage(s.streamId(), s.partition(), s.timestamp(), s.sequence(),
            "editor", s.chainId(), s.content(), s.signature());
        assertThat(((Verdict.Rejected) StreamSignatures.verify(notAnAddress)).reason()).contains("not an Ethereum");
        StreamMessage garbage = new StreamMessage(s.streamId(), s.partition(), s.timestamp(), s.sequence(),
            s.publisherId(), s.chainId(), s.content(), new StreamMessage.Signature(SignaturePayload.TYPE, "0xabcd"));
        assertThat(StreamSignatures.verify(garbage)).isInstanceOf(Verdict.Rejected.class);
        assertThatThrownBy(() -> StreamSignatures.sign(unsignedBy(TestWallet.ACCOUNT_1.hex()),
            wallet.streamSigner(TestWallet.ACCOUNT_0, PRICES.toString())))
            .hasMessageContaining("cannot be signed by");
    }

    @Test
    void anUnsignedMessageIsFlaggedNotRejected() {
        assertThat(StreamSignatures.verify(unsignedBy("editor"))).isEqualTo(new Verdict.Unsigned());
    }

    @Test
    void signingNeedsTheStreamsGrantAndStopsWhenItIsRevoked() {
        assertThatThrownBy(() -> wallet.streamSigner(TestWallet.ACCOUNT_0, PRICES.toString()))
            .isInstanceOf(StreamSigningNotGrantedException.class);
        wallet.streamSigningGrants().grant(PRICES.toString(), TestWallet.ACCOUNT_0);
        MessageSigner signer = wallet.streamSigner(TestWallet.ACCOUNT_0, PRICES.toString());
        wallet.streamSigningGrants().revoke(PRICES.toString(), TestWallet.ACCOUNT_0);
        assertThatThrownBy(() -> StreamSignatures.sign(unsignedBy(TestWallet.ACCOUNT_0.hex()), signer))
            .isInstanceOf(StreamSigningNotGrantedException.class).hasMessageContaining("grant it in the wallet");
    }

    @Test
    void thePublisherSignsGrantedStreamsWithTheWalletAndOthersGoOutUnsigned() {
        StreamId other = StreamId.parse("demo/other");
        wallet.streamSigningGrants().grant(PRICES.toString(), TestWallet.ACCOUNT_1);
        SigningPublisher publisher = new SigningPublisher(new WalletStreamSigners(() -> Optional.of(wallet)),
            "editor");
        StreamMessage a = publisher.message(PRICES, 0, 10, Map.of("x", 1));
        StreamMessage b = publisher.message(PRICES, 0, 10, Map.of("x", 2));
        assertThat(StreamSignatures.verify(a)).isEqualTo(new Verdict.Verified(TestWallet.ACCOUNT_1.lowerCase()));
        assertThat(b.sequence()).isEqualTo(1);
        assertThat(StreamSignatures.verify(publisher.message(other, 0, 10, Map.of("x", 1))))
            .isEqualTo(new Verdict.Unsigned());
        wallet.lock();
        assertThat(publisher.message(PRICES, 0, 11, Map.of("x", 3)).signature()).as("locked: unsigned").isNull();
    }

    @Test
    void subscribersGetVerifiedAndUnsignedMessagesWhileRejectedOnesAreCountedWithTheirReason() throws Exception {
        wallet.streamSigningGrants().grant(PRICES.toString(), TestWallet.ACCOUNT_0);
        MessageSigner signer = wallet.streamSigner(TestWallet.ACCOUNT_0, PRICES.toString());
        MessageChain chain = new MessageChain(TestWallet.ACCOUNT_0.lowerCase(), "c1");
        StreamMessage good = StreamSignatures.sign(chain.next(PRICES, 0, 1, Map.of("v", 1)), signer);
        StreamMessage forged = new StreamMessage(PRICES, 0, 2, 0, good.publisherId(), "c1", Map.of("v", 666),
            good.signature());
        StreamMessage plain = new MessageChain("sensor", "c2").next(PRICES, 0, 3, Map.of("v", 3));
        List<StreamMessage> delivered = new CopyOnWriteArrayList<>();
        List<Verdict> seen = new CopyOnWriteArrayList<>();
        try (InProcessBroker broker = new InProcessBroker(null, 100)) {
            VerifyingTransport t = new VerifyingTransport(broker);
            t.subscribe(PRICES, Set.of(), delivered::add);
            t.subscribeVerified(PRICES, Set.of(), (m, v) -> seen.add(v));
            t.publish(good);
            t.publish(forged);
            t.publish(plain);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while ((delivered.size() < 2 || seen.size() < 3) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(delivered).containsExactly(good, plain);
            assertThat(seen).hasSize(3).element(1).isInstanceOf(Verdict.Rejected.class);
            SignatureCounts c = t.counts(PRICES);
            assertThat(c.rejected()).as("two subscriptions each rejected it").isEqualTo(2);
            assertThat(c.verified()).isEqualTo(2);
            assertThat(c.unsigned()).isEqualTo(2);
            assertThat(c.summary()).contains("rejected").contains("not by the publisher");
        }
    }
}
