package dev.rivulet.modules.time;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time &amp; Date category. */
public final class TimeModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("clock", "Clock", "Time & Date", Clock::new).streamrId(209)
                .help("Ticks at regular times (every second by default, or every N minutes, hours or days) and sends"
                    + " the time as text and as a timestamp. In historical runs it follows the replayed time."));
    }
}
