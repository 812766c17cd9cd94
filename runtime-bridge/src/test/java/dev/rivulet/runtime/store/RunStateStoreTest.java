package dev.rivulet.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStateStoreTest {
    @TempDir
    Path tmp;

    @Test
    void latestSnapshotSurvivesReopeningTheDataDirectory() {
        RunStateStore store = new RunStateStore(Databases.open(DataDirectory.open(Optional.of(tmp))).workspace(),
            Clock.systemUTC());
        store.save("canvas-1", 1000, new byte[] {1, 2, 3}, false);
        store.save("canvas-1", 2000, new byte[] {4, 5}, true);
        store.save("canvas-2", 3000, new byte[] {9}, false);

        RunStateStore reopened = new RunStateStore(Databases.open(DataDirectory.open(Optional.of(tmp))).workspace(),
            Clock.systemUTC());

        RunStateStore.Saved saved = reopened.latest("canvas-1").orElseThrow();
        assertThat(saved.state()).containsExactly(4, 5);
        assertThat(saved.engineTime()).isEqualTo(2000);
        assertThat(saved.atStop()).isTrue();
        assertThat(reopened.latest("canvas-2").orElseThrow().state()).containsExactly(9);
        assertThat(reopened.latest("unknown")).isEmpty();
    }

    @Test
    void deleteForgetsTheState() {
        RunStateStore store = new RunStateStore(Databases.open(DataDirectory.open(Optional.of(tmp))).workspace(),
            Clock.systemUTC());
        store.save("c", 1, new byte[] {1}, false);

        assertThat(store.delete("c")).isTrue();
        assertThat(store.latest("c")).isEmpty();
    }
}
