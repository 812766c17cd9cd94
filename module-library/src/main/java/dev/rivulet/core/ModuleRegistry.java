package dev.rivulet.core;

import dev.rivulet.document.ModuleCatalog;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * All module types known to this build, found through {@link ModuleProvider} services. Looks types up by our id,
 * Streamr's numeric id, or name, and turns saved module nodes into configured instances (unknown types become error
 * stubs, never failures).
 *
 * <p>Usage: {@code ModuleRegistry registry = ModuleRegistry.load(); registry.byId("add")}.
 */
public final class ModuleRegistry implements ModuleCatalog {
    /** Type id prefix for Streamr module ids that have no type in this build. */
    public static final String STREAMR_PREFIX = "streamr:";

    private final Map<String, ModuleDefinition> byId = new LinkedHashMap<>();
    private final Map<Integer, ModuleDefinition> byStreamrId = new HashMap<>();
    private final Map<String, ModuleDefinition> byName = new HashMap<>();
    private final CanvasResolver canvasResolver;
    private final ModuleServices services;
    private final CustomCodePolicy customCodePolicy;

    public ModuleRegistry(Collection<ModuleDefinition> definitions) {
        this.canvasResolver = CanvasResolver.NONE;
        this.services = ModuleServices.NONE;
        this.customCodePolicy = CustomCodePolicy.NONE;
        for (ModuleDefinition d : definitions) {
            if (byId.putIfAbsent(d.id(), d) != null) {
                throw new IllegalStateException("two module types with id " + d.id());
            }
            if (d.streamrId() != null) {
                byStreamrId.putIfAbsent(d.streamrId(), d);
            }
            byName.putIfAbsent(d.name().toLowerCase(Locale.ROOT), d);
        }
    }

    private ModuleRegistry(ModuleRegistry base, CanvasResolver canvasResolver, ModuleServices services,
                           CustomCodePolicy customCodePolicy) {
        byId.putAll(base.byId);
        byStreamrId.putAll(base.byStreamrId);
        byName.putAll(base.byName);
        this.canvasResolver = canvasResolver == null ? CanvasResolver.NONE : canvasResolver;
        this.services = services == null ? ModuleServices.NONE : services;
        this.customCodePolicy = customCodePolicy == null ? CustomCodePolicy.NONE : customCodePolicy;
    }

    /**
     * The same module types, finding sub-canvases (for Canvas, ForEach, ForEachItem) through the given resolver.
     * Modules configured by the returned registry see it through {@link ModuleInstance#registry()}.
     */
    public ModuleRegistry withCanvasResolver(CanvasResolver resolver) {
        return new ModuleRegistry(this, resolver, services, customCodePolicy);
    }

    /**
     * The same module types, handing {@code services} (a wallet, a compiler) to the modules it configures, which see
     * them through {@link ModuleInstance#registry()}. The composition root supplies them; a run may get its own copy
     * (per-canvas spending allowance) since copies are cheap.
     */
    public ModuleRegistry withServices(ModuleServices services) {
        return new ModuleRegistry(this, canvasResolver, services, customCodePolicy);
    }

    /**
     * The same module types (canvas resolver and services too), letting custom code (JavaModule) run when the policy
     * says so. A registry made any other way runs no custom code ({@link CustomCodePolicy#NONE}).
     */
    public ModuleRegistry withCustomCodePolicy(CustomCodePolicy policy) {
        return new ModuleRegistry(this, canvasResolver, services, policy);
    }

    /** Which custom code may run; {@link CustomCodePolicy#NONE} unless set with {@link #withCustomCodePolicy}. */
    public CustomCodePolicy customCodePolicy() {
        return customCodePolicy;
    }

    /** What the composition root handed to modules; {@link ModuleServices#NONE} unless set with {@link #withServices}. */
    public ModuleServices services() {
        return services;
    }

    /** Where sub-canvases are found; {@link CanvasResolver#NONE} unless set with {@link #withCanvasResolver}. */
    public CanvasResolver canvasResolver() {
        return canvasResolver;
    }

    /** Every module type from the providers on the class path of the given loader. */
    public static ModuleRegistry load(ClassLoader loader) {
        List<ModuleDefinition> all = new ArrayList<>();
        for (ModuleProvider p : ServiceLoader.load(ModuleProvider.class, loader)) {
            all.addAll(p.modules());
        }
        return new ModuleRegistry(all);
    }

    public static ModuleRegistry load() {
        return load(ModuleRegistry.class.getClassLoader());
    }

    public List<ModuleDefinition> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    public Optional<ModuleDefinition> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<ModuleDefinition> byStreamrId(int id) {
        return Optional.ofNullable(byStreamrId.get(id));
    }

    @Override
    public Optional<String> typeIdForStreamrId(int streamrId) {
        return byStreamrId(streamrId).map(ModuleDefinition::id);
    }

    @Override
    public Optional<Integer> streamrIdForType(String typeId) {
        return Optional.ofNullable(resolve(typeId)).map(ModuleDefinition::streamrId);
    }

    public Optional<ModuleDefinition> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Types whose name, id, aliases or help contain the query (case-insensitive), name matches first. */
    public List<ModuleDefinition> search(String query) {
        String q = query.toLowerCase(Locale.ROOT).trim();
        List<ModuleDefinition> strong = new ArrayList<>();
        List<ModuleDefinition> weak = new ArrayList<>();
        for (ModuleDefinition d : byId.values()) {
            if (d.name().toLowerCase(Locale.ROOT).contains(q) || d.id().contains(q)
                || d.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q))) {
                strong.add(d);
            } else if (d.help().toLowerCase(Locale.ROOT).contains(q)) {
                weak.add(d);
            }
        }
        strong.addAll(weak);
        return strong;
    }

    /**
     * A configured instance for a saved module. Problems (unknown type, unknown ports, bad values) are added to
     * {@code problems}; the instance is always returned.
     */
    public ModuleInstance instantiate(ModuleNode node, List<String> problems) {
        ModuleDefinition def = resolve(node.type);
        ModuleInstance m;
        if (def == null) {
            m = new ErrorStubModule(node.type);
            problems.add("unknown module type \"" + node.type + "\"");
        } else {
            m = def.newInstance();
        }
        m.registry = this;
        m.configure(node, problems);
        return m;
    }

    /**
     * The type for an id: our ids, or "streamr:N" (a Streamr module id kept by import while that module was not
     * implemented), which resolves once a type with that Streamr id exists.
     */
    public ModuleDefinition resolve(String typeId) {
        if (typeId == null) {
            return null;
        }
        ModuleDefinition def = byId.get(typeId);
        if (def == null && typeId.startsWith(STREAMR_PREFIX)) {
            try {
                def = byStreamrId.get(Integer.parseInt(typeId.substring(STREAMR_PREFIX.length())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return def;
    }

    /** A new module node of the given type with its default ports and values, ready to put on a canvas. */
    public ModuleNode newNode(String typeId, int hash) {
        ModuleDefinition def = byId(typeId).orElseThrow(() -> new IllegalArgumentException("no module type " + typeId));
        ModuleNode node = new ModuleNode();
        node.hash = hash;
        node.type = def.id();
        node.typeVersion = def.typeVersion();
        node.name = def.name();
        List<String> ignored = new ArrayList<>();
        ModuleInstance m = def.newInstance();
        m.registry = this;
        m.configure(node, ignored);
        ModuleNodes.writePorts(m, node);
        return node;
    }

    /** True when the instance stands in for an unknown type. */
    public static boolean isErrorStub(ModuleInstance m) {
        return m instanceof ErrorStubModule;
    }
}
