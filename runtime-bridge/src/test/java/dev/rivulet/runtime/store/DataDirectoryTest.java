package dev.rivulet.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/someone");

    @TempDir
    Path tmp;

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataDirectory.defaultLocation("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME))
                .isEqualTo(Path.of("/data/xdg/rivulet"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertThat(DataDirectory.defaultLocation("Linux", Map.of(), HOME))
                .isEqualTo(HOME.resolve(".local/share/rivulet"));
        assertThat(DataDirectory.defaultLocation("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), HOME))
                .isEqualTo(HOME.resolve(".local/share/rivulet"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.defaultLocation("Mac OS X", Map.of(), HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Rivulet"));
    }

    @Test
    void windowsUsesAppData() {
        // Path semantics are the host's; on Linux an absolute APPDATA is a Unix path.
        assertThat(DataDirectory.defaultLocation("Windows 11", Map.of("APPDATA", "/roaming"), HOME))
                .isEqualTo(Path.of("/roaming/Rivulet"));
        assertThat(DataDirectory.defaultLocation("Windows 11", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData/Roaming/Rivulet"));
    }

    @Test
    void explicitOverrideWinsAndIsCreated() {
        Path wanted = tmp.resolve("a/b/c");

        DataDirectory dir = DataDirectory.open(Optional.of(wanted));

        assertThat(dir.root()).isEqualTo(wanted.toAbsolutePath()).isDirectory();
        assertThat(dir.workspaceDb()).isEqualTo(wanted.resolve("workspace.db").toAbsolutePath());
        assertThat(dir.streamsDb()).isEqualTo(wanted.resolve("streams.db").toAbsolutePath());
    }
}
