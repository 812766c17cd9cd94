package dev.rivulet.modules.custom;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the custom code a canvas would run: its JavaModules and those of the sub-canvases its Canvas, ForEach and
 * ForEachItem modules embed (found through the registry's canvas resolver, each canvas once). Engine hosts use it to
 * refuse untrusted code before a run and to record trust.
 *
 * <p>Usage: {@code for (CodeUnit u : CustomCodeUnits.of(doc, registry)) trust.isTrusted(u.sha256()) ...}
 */
public final class CustomCodeUnits {
    /** The module type id of JavaModule. */
    public static final String TYPE = "java-module";

    private CustomCodeUnits() {
    }

    /**
     * One JavaModule's code.
     *
     * @param where  the module as the user knows it: "JavaModule (7)", or "Canvas (3) / JavaModule (7)" inside a
     *               sub-canvas
     * @param sha256 fingerprint of its code ({@link CodeFingerprint})
     */
    public record CodeUnit(String where, int hash, String sha256, String code) {
    }

    /** Every JavaModule of the canvas and its sub-canvases, in document order. */
    public static List<CodeUnit> of(CanvasDocument doc, ModuleRegistry registry) {
        List<CodeUnit> units = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        if (doc.id != null) {
            visited.add(doc.id);
        }
        collect(doc, registry, "", units, visited);
        return units;
    }

    private static void collect(CanvasDocument doc, ModuleRegistry registry, String prefix, List<CodeUnit> into,
                                Set<String> visited) {
        for (ModuleNode m : doc.modules) {
            ModuleDefinition def = registry.resolve(m.type);
            String label = prefix + (m.displayName != null ? m.displayName : m.name != null ? m.name
                : def != null ? def.name() : String.valueOf(m.type)) + " (" + m.hash + ")";
            if (def != null && def.id().equals(TYPE)) {
                String code = m.extra(JavaModule.CODE) instanceof String s ? s : DefaultCode.TEXT;
                into.add(new CodeUnit(label, m.hash, CodeFingerprint.of(code), code));
            }
            Object canvasId = m.paramValue("canvas", null);
            if (canvasId instanceof String id && !id.isBlank() && visited.add(id)) {
                Optional<CanvasDocument> sub = registry.canvasResolver().resolve(id);
                sub.ifPresent(s -> collect(s, registry, label + " / ", into, visited));
            }
        }
    }
}
