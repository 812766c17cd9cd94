package dev.rivulet.modules.time;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Parameter;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * A timezone parameter read as a {@link ZoneId}, parsed again only when its text changes (so live edits apply and
 * unchanged zones cost nothing per event). Empty means UTC. An unknown zone fails the module with its name.
 */
final class ZoneParam {
    private final Parameter param;
    private String text;
    private ZoneId zone;

    ZoneParam(Parameter param) {
        this.param = param;
    }

    ZoneId get() {
        String t = param.getString().trim();
        if (zone == null || !t.equals(text)) {
            try {
                zone = ZoneId.of(t.isEmpty() ? "UTC" : t);
            } catch (DateTimeException e) {
                zone = null;
                throw new ModuleException("unknown timezone \"" + t + "\"; use a name such as UTC, Europe/Helsinki"
                    + " or America/New_York, or an offset such as +02:00");
            }
            text = t;
        }
        return zone;
    }
}
