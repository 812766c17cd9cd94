package dev.rivulet.app.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.signing.WalletStreamSigners;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.TransportChoice;
import dev.rivulet.runtime.streams.transport.TransportPool;
import dev.rivulet.runtime.streams.transport.TransportSettings;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.TransactionApprover;
import dev.rivulet.wallet.keys.Keyring;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Streams pane's model with the app's real transports: the pool, the secret store and a wallet grant. */
class StreamsTransportsViewModelTest {
    private static final List<FieldDefinition> FIELDS = List.of(new FieldDefinition("temp", FieldType.NUMBER));
    /** Hardhat's account #0: a public test key. */
    private static final String TEST_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    @TempDir
    Path tmp;

    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private LocalStreams local;
    private HistoryWriter writer;
    private InProcessBroker broker;
    private TransportPool pool;
    private DefaultWalletService wallet;
    private StreamsViewModel model;

    @BeforeEach
    void open() {
        local = LocalStreams.open(DataDirectory.open(Optional.of(tmp.resolve("data"))), Clock.systemUTC());
        writer = new HistoryWriter(local.history(), 1_000, 100, Clock.systemUTC());
        broker = new InProcessBroker(writer::record, 1_000);
        pool = new TransportPool(broker, 2);
        wallet = new DefaultWalletService(new Keyring(tmp.resolve("wallet"), KdfParams.LIGHT, Clock.systemUTC(),
            Duration.ZERO), ChainProfile.localDevnet("http://127.0.0.1:9"), TransactionApprover.approveAll(),
            Duration.ofMinutes(10));
        model = new StreamsViewModel(local.registry(), local.history(), new TransportSettings(local.registry(),
            new SecretStore(tmp.resolve("data/secrets"), new SecureRandom(), Clock.systemUTC())),
            TransportResolver.pooled(pool), new SigningPublisher(new WalletStreamSigners(() -> Optional.of(wallet)),
            "editor"), Clock.systemUTC(), uiQueue::add);
        model.useSigningGrants(new WalletSigningGrants(() -> Optional.of(wallet)));
    }

    @AfterEach
    void close() {
        model.close();
        pool.close();
        broker.close();
        writer.close();
        wallet.close();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void whileTheBrokerIsUnreachableTestMessagesQueueUpToTheVisibleBoundThenAreRefusedClearly() throws Exception {
        String url = "mqtt://127.0.0.1:" + closedPort();
        model.save(new StreamDraft("sensors/temp", "Temp", "", FIELDS, 1, false, 0,
            new TransportChoice.Mqtt(url, "me", "secret-pw", "")));
        assertThat(model.liveProblemProperty().get()).isEmpty();
        assertThat(model.transportStatusProperty().get()).contains("me @ " + url).contains("0 of 2 queued");

        CompletableFuture<Void> first = model.publishTest(Map.of("temp", "1"), "");
        CompletableFuture<Void> second = model.publishTest(Map.of("temp", "2"), "");
        model.tick(System.currentTimeMillis());
        assertThat(model.transportStatusProperty().get()).contains("2 of 2 queued while offline");
        assertThat(first).isNotDone();
        assertThat(second).isNotDone();

        CompletableFuture<Void> third = model.publishTest(Map.of("temp", "3"), "");
        assertThat(third).isCompletedExceptionally();
        drainUntil(() -> model.statusProperty().get().startsWith("Publishing failed"));
        assertThat(model.statusProperty().get()).contains("is not reachable").contains("the bound is 2")
            .contains("not published");
    }

    @Test
    void testMessagesAreSignedUnderTheWalletsGrantAndTheLiveTableShowsTheyVerified() throws Exception {
        Address me = wallet.importPrivateKey(TEST_KEY, "test password".toCharArray(), "me").address();
        model.save(new StreamDraft("sensors/temp", "Temp", "", FIELDS, 1, false, 0, new TransportChoice.InProcess()));
        model.tick(System.currentTimeMillis());
        assertThat(model.signaturesProperty().get()).contains("Publishing unsigned (no grant");
        model.publishTest(Map.of("temp", "1"), "").get(5, TimeUnit.SECONDS);

        assertThat(model.signingAccounts()).containsExactly(me.hex());
        model.grantSigning(me.hex());
        assertThat(wallet.streamSigningGrants().isGranted("sensors/temp", me)).isTrue();
        assertThat(model.signaturesProperty().get()).contains("Signing as " + me.hex());
        model.publishTest(Map.of("temp", "2"), "").get(5, TimeUnit.SECONDS);
        drainUntil(() -> model.live().rows().size() == 2);
        assertThat(model.live().rows()).extracting(LiveRow::signature).containsExactly("verified", "unsigned");
        assertThat(model.live().rows().get(0).publisher()).isEqualTo(me.lowerCase());
        model.tick(System.currentTimeMillis());
        assertThat(model.signaturesProperty().get()).contains("1 verified · 1 unsigned · 0 rejected");

        wallet.lock();
        model.tick(System.currentTimeMillis());
        assertThat(model.signaturesProperty().get()).contains("unsigned");
        model.revokeSigning();
        assertThat(wallet.streamSigningGrants().isGranted("sensors/temp", me)).isFalse();
        assertThatThrownBy(() -> model.publishTest(Map.of("temp", "x"), "")).hasMessageContaining("not a number");
        assertThat(StreamId.parse("sensors/temp").toString()).isEqualTo(model.selectedProperty().get().id().toString());
    }

    private void drainUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 100 && !done.getAsBoolean(); i++) {
            Runnable r = uiQueue.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertThat(done.getAsBoolean()).isTrue();
    }
}
