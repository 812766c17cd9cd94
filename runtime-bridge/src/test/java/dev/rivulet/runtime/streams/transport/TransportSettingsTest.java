package dev.rivulet.runtime.streams.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.StreamUsages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportSettingsTest {
    private static final StreamId ID = StreamId.parse("sensors/temp");
    private static final String API_KEY = "node-api-key-7f3a9c21e0";
    private static final String PASSWORD = "mqtt-pass-b81d44f2";

    @TempDir
    Path tmp;

    private StreamRegistry registry;
    private SecretStore secrets;
    private TransportSettings settings;

    @BeforeEach
    void open() {
        registry = new StreamRegistry(Databases.open(DataDirectory.open(Optional.of(tmp))).streams(),
            StreamUsages.NONE, Clock.systemUTC());
        registry.create(StreamDefinition.of(ID, "Temperature"));
        secrets = new SecretStore(tmp.resolve("secrets"), new SecureRandom(), Clock.systemUTC());
        settings = new TransportSettings(registry, secrets);
    }

    @Test
    void aStreamWithoutAChoiceUsesTheInProcessBroker() {
        assertThat(settings.get(ID)).isEqualTo(new TransportChoice.InProcess());
    }

    @Test
    void eachChoiceIsStoredAndReadBackAndSurvivesAnEditOfTheStream() {
        settings.set(ID, new TransportChoice.Mqtt("mqtt://127.0.0.1:1883"));
        assertThat(settings.get(ID)).isEqualTo(new TransportChoice.Mqtt("mqtt://127.0.0.1:1883"));

        TransportChoice login = new TransportChoice.Mqtt("mqtts://127.0.0.1:8883", "me", PASSWORD, "/etc/ca.pem");
        settings.set(ID, login);
        assertThat(settings.get(ID)).isEqualTo(login);
        assertThat(login.toString()).doesNotContain(PASSWORD);

        TransportChoice node = new TransportChoice.StreamrNode("ws://127.0.0.1:7170", API_KEY);
        settings.set(ID, node);
        registry.edit(registry.get(ID).withName("Temp").withPartitions(3));
        assertThat(settings.get(ID)).isEqualTo(node);
        assertThat(node.toString()).doesNotContain(API_KEY);

        settings.set(ID, new TransportChoice.InProcess());
        assertThat(settings.get(ID)).isEqualTo(new TransportChoice.InProcess());
        assertThat(secrets.list()).as("credentials of a stream back on the in-process broker are forgotten").isEmpty();
    }

    @Test
    void credentialsGoToTheSecretStoreAndStreamsDbHoldsOnlyReferences() throws Exception {
        settings.set(ID, new TransportChoice.StreamrNode("ws://127.0.0.1:7170", API_KEY));
        StreamId other = StreamId.parse("sensors/humidity");
        registry.create(StreamDefinition.of(other, "Humidity"));
        settings.set(other, new TransportChoice.Mqtt("mqtt://127.0.0.1:1883", "me", PASSWORD, ""));

        assertThat(config(ID)).contains("apiKeyRef").doesNotContain(API_KEY);
        assertThat(config(other)).contains("passwordRef").doesNotContain(PASSWORD);
        assertThat(secrets.find(TransportSettings.secretId(ID, "apiKey"))).contains(API_KEY);
        assertNoFileContains(API_KEY, PASSWORD);
    }

    @Test
    void clearCredentialsOfAnEarlierVersionAreMovedToTheSecretStoreAndWipedFromTheFile() throws Exception {
        StreamId other = StreamId.parse("sensors/humidity");
        registry.create(StreamDefinition.of(other, "Humidity"));
        // as the Streams pane of the previous version wrote them
        writeConfig(ID, "{\"transport\":{\"kind\":\"streamr\",\"url\":\"ws://127.0.0.1:7170\",\"apiKey\":\""
            + API_KEY + "\"},\"note\":\"kept\"}");
        writeConfig(other, "{\"transport\":{\"kind\":\"mqtt\",\"url\":\"mqtt://127.0.0.1:1883\",\"username\":\"me\","
            + "\"password\":\"" + PASSWORD + "\"}}");
        assertThat(settings.get(ID)).isEqualTo(new TransportChoice.StreamrNode("ws://127.0.0.1:7170", API_KEY));

        assertThat(settings.moveClearSecrets()).isEqualTo(2);
        assertThat(settings.moveClearSecrets()).as("idempotent").isZero();

        assertThat(settings.get(ID)).isEqualTo(new TransportChoice.StreamrNode("ws://127.0.0.1:7170", API_KEY));
        assertThat(settings.get(other))
            .isEqualTo(new TransportChoice.Mqtt("mqtt://127.0.0.1:1883", "me", PASSWORD, ""));
        assertThat(config(ID)).contains("\"note\":\"kept\"").doesNotContain(API_KEY);
        assertNoFileContains(API_KEY, PASSWORD);
    }

    @Test
    void withoutASecretStoreACredentialIsRefusedNotStoredInClear() {
        TransportSettings noStore = new TransportSettings(registry, null);
        assertThatThrownBy(() -> noStore.set(ID, new TransportChoice.StreamrNode("ws://127.0.0.1:7170", API_KEY)))
            .isInstanceOf(StreamException.class).hasMessageContaining("no secret store");
        assertThat(config(ID)).doesNotContain(API_KEY);
    }

    @Test
    void badUrlsAndUnknownStreamsGetClearErrors() {
        assertThatThrownBy(() -> new TransportChoice.Mqtt("http://127.0.0.1:1883"))
            .hasMessageContaining("should start with one of mqtt://");
        assertThatThrownBy(() -> new TransportChoice.Mqtt("mqtt://127.0.0.1:1883", "", "", "/ca.pem"))
            .hasMessageContaining("needs TLS");
        assertThatThrownBy(() -> new TransportChoice.StreamrNode("ws:/path", ""))
            .hasMessageContaining("needs a host");
        assertThatThrownBy(() -> settings.get(StreamId.parse("nope"))).isInstanceOf(StreamException.class)
            .hasMessageContaining("unknown stream nope");
    }

    private String config(StreamId id) {
        try (Connection c = registry.database().connect();
             PreparedStatement ps = c.prepareStatement("SELECT config FROM streams WHERE id = ?")) {
            ps.setString(1, id.toString());
            var rs = ps.executeQuery();
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void writeConfig(StreamId id, String json) throws Exception {
        try (Connection c = registry.database().connect();
             PreparedStatement ps = c.prepareStatement("UPDATE streams SET config = ? WHERE id = ?")) {
            ps.setString(1, json);
            ps.setString(2, id.toString());
            ps.executeUpdate();
        }
    }

    /** Reads every file of the data directory as bytes: database, its WAL and shared memory, the secret store. */
    private void assertNoFileContains(String... clear) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(tmp)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(p -> p.getFileName().toString().equals("streams.db"));
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String s : clear) {
                assertThat(bytes).as(f + " holds a credential in clear text").doesNotContain(s);
            }
        }
    }
}
