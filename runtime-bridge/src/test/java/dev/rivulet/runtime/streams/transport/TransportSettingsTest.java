package dev.rivulet.runtime.streams.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.StreamUsages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportSettingsTest {
    private static final StreamId ID = StreamId.parse("sensors/temp");

    @TempDir
    Path tmp;

    private StreamRegistry registry;
    private TransportSettings settings;

    @BeforeEach
    void open() {
        registry = new StreamRegistry(Databases.open(DataDirectory.open(Optional.of(tmp))).streams(),
            StreamUsages.NONE, Clock.systemUTC());
        registry.create(StreamDefinition.of(ID, "Temperature"));
        settings = new TransportSettings(registry);
    }

    @Test
    void aStreamWithoutAChoiceUsesTheInProcessBroker() {
        assertThat(settings.get(ID)).isEqualTo(new TransportChoice.InProcess());
    }

    @Test
    void eachChoiceIsStoredAndReadBackAndSurvivesAnEditOfTheStream() {
        settings.set(ID, new TransportChoice.Mqtt("mqtt://127.0.0.1:1883"));
        assertThat(settings.get(ID)).isEqualTo(new TransportChoice.Mqtt("mqtt://127.0.0.1:1883"));

        TransportChoice node = new TransportChoice.StreamrNode("ws://127.0.0.1:7170", "secret-key");
        settings.set(ID, node);
        registry.edit(registry.get(ID).withName("Temp").withPartitions(3));
        assertThat(settings.get(ID)).isEqualTo(node);
        assertThat(node.toString()).doesNotContain("secret-key");

        settings.set(ID, new TransportChoice.InProcess());
        assertThat(settings.get(ID)).isEqualTo(new TransportChoice.InProcess());
    }

    @Test
    void badUrlsAndUnknownStreamsGetClearErrors() {
        assertThatThrownBy(() -> new TransportChoice.Mqtt("http://127.0.0.1:1883"))
            .hasMessageContaining("should start with one of mqtt://");
        assertThatThrownBy(() -> new TransportChoice.StreamrNode("ws:/path", ""))
            .hasMessageContaining("needs a host");
        assertThatThrownBy(() -> settings.get(StreamId.parse("nope"))).isInstanceOf(StreamException.class)
            .hasMessageContaining("unknown stream nope");
    }
}
