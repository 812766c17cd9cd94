package dev.rivulet.runtime.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSettingsTest {
    @TempDir
    Path dir;

    @Test
    void autosaveIntervalDefaultsIsStoredAndIgnoresNonsense() {
        WorkspaceSettings settings = new WorkspaceSettings(Workspaces.repository(dir).database());

        assertThat(settings.autosaveInterval()).isEqualTo(WorkspaceSettings.DEFAULT_AUTOSAVE);
        settings.setAutosaveInterval(Duration.ofSeconds(30));
        assertThat(new WorkspaceSettings(Workspaces.repository(dir).database()).autosaveInterval())
            .isEqualTo(Duration.ofSeconds(30));
        settings.put(WorkspaceSettings.AUTOSAVE_SECONDS, "soon");
        assertThat(settings.autosaveInterval()).isEqualTo(WorkspaceSettings.DEFAULT_AUTOSAVE);
        assertThatThrownBy(() -> settings.setAutosaveInterval(Duration.ZERO)).hasMessageContaining("at least one");
    }
}
