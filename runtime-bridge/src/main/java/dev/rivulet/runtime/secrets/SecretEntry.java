package dev.rivulet.runtime.secrets;

import java.time.Instant;
import java.util.Objects;

/**
 * What the store says about one secret without decrypting it: where it is used (canvas, module, parameter) and when
 * it was last set. Nothing here is secret; the value itself is only returned by {@link SecretStore#find}.
 *
 * @param id         the id canvases refer to the secret by
 * @param canvasId   the canvas it was taken from, or "" when set by id alone
 * @param canvasName that canvas's name when it was stored, or ""
 * @param module     the module's hash in that canvas, or 0
 * @param moduleName the module's name when it was stored, or ""
 * @param param      the parameter's name, or ""
 * @param updated    when the value was last set
 */
public record SecretEntry(String id, String canvasId, String canvasName, int module, String moduleName, String param,
                          Instant updated) {
    public SecretEntry {
        Objects.requireNonNull(id, "id");
        canvasId = canvasId == null ? "" : canvasId;
        canvasName = canvasName == null ? "" : canvasName;
        moduleName = moduleName == null ? "" : moduleName;
        param = param == null ? "" : param;
        Objects.requireNonNull(updated, "updated");
    }

    /** Where a new secret comes from; the store adds the id and time. */
    public record Origin(String canvasId, String canvasName, int module, String moduleName, String param) {
        /** A secret set by id alone (on a machine that received a canvas with references). */
        public static final Origin UNKNOWN = new Origin("", "", 0, "", "");
    }

    /** "Email.password in canvas 'Alerts'" for listings and messages. */
    public String where() {
        String p = moduleName.isEmpty() && param.isEmpty() ? "(unknown parameter)"
            : (moduleName.isEmpty() ? "module " + module : moduleName) + "." + param;
        String c = !canvasName.isEmpty() ? "'" + canvasName + "'" : !canvasId.isEmpty() ? canvasId : "";
        return c.isEmpty() ? p : p + " in canvas " + c;
    }
}
