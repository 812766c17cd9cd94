package dev.rivulet.runtime.workspace;

import java.util.Locale;

/** What made a version of a canvas; stored in {@code canvas_versions.kind}. */
public enum VersionKind {
    CREATE, SAVE, AUTOSAVE, RESTORE, IMPORT;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static VersionKind ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
