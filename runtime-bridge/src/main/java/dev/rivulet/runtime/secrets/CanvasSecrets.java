package dev.rivulet.runtime.secrets;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Secret parameters in canvas documents. A secret parameter (one its module marks {@link Parameter#isSecret()}) is
 * saved as a reference to the secret store ({@code {"name": "password", "secretRef": "<id>"}}), never with its value:
 * {@link #extract} moves plain values into the store before a canvas is written anywhere, and {@link #resolve} puts
 * the values back into a copy that only the engine sees.
 *
 * <p>Usage: {@code Extracted e = CanvasSecrets.extract(doc, registry, store); write(e.document());} and, before a
 * run, {@code CanvasRuntime.build(CanvasSecrets.resolve(doc, store), ...)}.
 */
public final class CanvasSecrets {
    private CanvasSecrets() {
    }

    /**
     * A secret parameter of a canvas.
     *
     * @param secretRef the store id it refers to, or null
     * @param plain     true when the document holds its value in plain text
     */
    public record SecretParam(int module, String moduleName, String param, String secretRef, boolean plain) {
        /** "Email (3).password" for messages. */
        public String where() {
            return moduleName + " (" + module + ")." + param;
        }
    }

    /** The document to write (a copy, with references) and what was moved into the store. */
    public record Extracted(CanvasDocument document, List<SecretParam> moved) {
        public Extracted {
            moved = List.copyOf(moved);
        }
    }

    /** Every secret parameter that has a value or a reference, in module order. */
    public static List<SecretParam> secretParams(CanvasDocument doc, ModuleRegistry registry) {
        List<SecretParam> found = new ArrayList<>();
        for (ModuleNode node : doc.modules) {
            ModuleInstance m = registry.instantiate(node, new ArrayList<>());
            for (PortNode pn : node.params) {
                Parameter p = m.param(pn.name);
                String ref = pn.secretRef();
                boolean secret = ref != null || p != null && p.isSecret();
                if (secret && (ref != null || hasValue(pn.value))) {
                    found.add(new SecretParam(node.hash, moduleName(node, m), pn.name, ref,
                        ref == null || hasValue(pn.value)));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The secret parameters whose values are in the document in plain text. */
    public static List<SecretParam> plainSecrets(CanvasDocument doc, ModuleRegistry registry) {
        return secretParams(doc, registry).stream().filter(SecretParam::plain).toList();
    }

    /**
     * A copy of the document in which every secret parameter refers to the store: plain values are stored (as new
     * secrets, or as the new value of the secret the parameter already refers to) and dropped from the copy.
     */
    public static Extracted extract(CanvasDocument doc, ModuleRegistry registry, SecretStore store) {
        CanvasDocument copy = doc.copy();
        List<SecretParam> plain = plainSecrets(copy, registry);
        for (SecretParam s : plain) {
            PortNode pn = copy.module(s.module()).flatMap(m -> m.param(s.param())).orElseThrow();
            SecretEntry.Origin origin = new SecretEntry.Origin(copy.id, copy.name, s.module(), s.moduleName(),
                s.param());
            String id = s.secretRef() != null ? store.set(s.secretRef(), origin, pn.value).id()
                : store.put(origin, pn.value).id();
            pn.secretRef(id);
        }
        return new Extracted(copy, plain);
    }

    /**
     * A copy of the document with the values of referenced secrets filled in, for the engine only (never write it).
     * References the lookup does not know stay without a value; their modules report the missing secret and do not
     * run.
     *
     * @throws SecretStoreException if a stored secret cannot be decrypted
     */
    public static CanvasDocument resolve(CanvasDocument doc, SecretLookup lookup) {
        if (!hasReferences(doc)) {
            return doc;
        }
        CanvasDocument copy = doc.copy();
        for (ModuleNode node : copy.modules) {
            for (PortNode pn : node.params) {
                String ref = pn.secretRef();
                if (ref != null && pn.value == null) {
                    Optional<Object> value = lookup.find(ref);
                    value.ifPresent(v -> pn.value = v);
                }
            }
        }
        return copy;
    }

    /** The ids of the secrets a canvas refers to that the lookup does not have. */
    public static List<String> missing(CanvasDocument doc, SecretLookup lookup) {
        List<String> missing = new ArrayList<>();
        for (ModuleNode node : doc.modules) {
            for (PortNode pn : node.params) {
                String ref = pn.secretRef();
                if (ref != null && pn.value == null && lookup.find(ref).isEmpty()) {
                    missing.add(ref);
                }
            }
        }
        return List.copyOf(missing);
    }

    /**
     * The registry, with sub-canvases (embedded by Canvas, ForEach, ForEachItem modules) resolved through the lookup
     * as well.
     */
    public static ModuleRegistry resolvingSubCanvases(ModuleRegistry registry, SecretLookup lookup) {
        var inner = registry.canvasResolver();
        return registry.withCanvasResolver(id -> inner.resolve(id).map(d -> resolve(d, lookup)));
    }

    private static boolean hasReferences(CanvasDocument doc) {
        for (ModuleNode node : doc.modules) {
            for (PortNode pn : node.params) {
                if (pn.secretRef() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasValue(Object value) {
        return value != null && !(value instanceof String s && s.isEmpty())
            && !(value instanceof Map<?, ?> m && m.isEmpty()) && !(value instanceof Collection<?> c && c.isEmpty());
    }

    private static String moduleName(ModuleNode node, ModuleInstance m) {
        return node.displayName != null ? node.displayName : node.name != null ? node.name : m.name();
    }
}
