package dev.rivulet.modules.triggers;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time Series/Triggers category (SampleIf lives with the Utils modules it was written with). */
public final class TriggerModules implements ModuleProvider {
    private static final String CATEGORY = "Time Series/Triggers";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("zero-cross", "ZeroCross", CATEGORY, ZeroCross::new).streamrId(24)
                .help("Signals when a series crosses zero: 1 after it rises above +threshold, -1 after it falls below "
                    + "-threshold, repeating the last signal on every event in between."),
            ModuleDefinition.of("three-zones", "ThreeZones", CATEGORY, ThreeZones::new).streamrId(25)
                .help("Classifies each value into three zones: 1 at or above highZone, -1 at or below lowZone, 0 in "
                    + "between."),
            ModuleDefinition.of("four-zones", "FourZones", CATEGORY, FourZones::new).streamrId(84)
                .help("A trigger with hysteresis: sends 1 when the value reaches the high trigger level, -1 at the low "
                    + "trigger level, and 0 once it comes back past a release level. In exit mode it signals when "
                    + "the value leaves the trigger zone instead."),
            ModuleDefinition.of("peak", "Peak", CATEGORY, Peak::new).streamrId(49)
                .help("Detects turning points: -1 at a peak above highZone, 1 at a trough below lowZone, 0 at other "
                    + "turns, repeating the last signal between turns. Changes smaller than threshold are ignored."),
            ModuleDefinition.of("sampler", "Sampler", CATEGORY, Sampler::new).streamrId(85)
                .help("Sends the latest value of the value input whenever anything arrives at the trigger input."));
    }
}
