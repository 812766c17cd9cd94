package dev.rivulet.modules.analytics;

import dev.rivulet.core.ModuleException;

/**
 * A setting the module cannot work without was left empty (PickFields' fields, Geofence's polygon). The module still
 * refuses to start, but canvas validation shows it as a warning ("still to be set up"), not as a bad value: a module
 * just placed on the canvas is unfinished, not wrong.
 */
final class MissingSetting extends ModuleException {
    MissingSetting(String message) {
        super(message);
    }
}
