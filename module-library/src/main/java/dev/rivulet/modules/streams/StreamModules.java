package dev.rivulet.modules.streams;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Streams category. */
public final class StreamModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("stream", "Stream", "Streams", StreamModule::new).streamrId(147)
                .help("Reads a stream; each field of the stream is an output. In historical runs the stream's stored"
                    + " history (or a replayed CSV file) is played back in timestamp order."));
    }
}
