package dev.rivulet.bench;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.Output;
import dev.rivulet.core.TypeSet;
import dev.rivulet.core.VariadicGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates large, plausible canvases for the {@code bench canvas-io} command and for tests: a mix of every module type
 * the registry has (one Stream in twenty as sources), wired forward only (so there are no cycles) with compatible
 * types, required inputs first, mostly between nearby modules, laid out on CanvasBuilder's grid. The same arguments
 * always give the same canvas.
 *
 * <p>Usage: {@code CanvasDocument doc = SyntheticCanvas.generate(registry, 2000, 3000, 42);}
 */
public final class SyntheticCanvas {
    private static final String[] STREAM_FIELDS = {"price:Double", "volume:Double", "symbol:String", "open:Boolean"};
    private static final int STREAM_EVERY = 20;
    private static final int NEARBY = 30;

    private SyntheticCanvas() {
    }

    /** A canvas with 1.5 wires per module. */
    public static CanvasDocument generate(ModuleRegistry registry, int modules, long seed) {
        return generate(registry, modules, modules * 3 / 2, seed);
    }

    /**
     * A canvas with the given number of modules and (at most) wires; fewer wires only when no compatible free input is
     * left.
     */
    public static CanvasDocument generate(ModuleRegistry registry, int modules, int wires, long seed) {
        return new Generator(registry, seed).run(modules, wires);
    }

    private record Placed(ModuleNode node, ModuleInstance instance) {
    }

    private static final class Generator {
        private final ModuleRegistry registry;
        private final SplittableRandom random;
        private final CanvasBuilder builder;
        private final List<Placed> placed = new ArrayList<>();
        private final Set<String> connected = new HashSet<>();
        private final List<String> types;

        Generator(ModuleRegistry registry, long seed) {
            this.registry = registry;
            this.random = new SplittableRandom(seed);
            this.builder = new CanvasBuilder(registry);
            this.types = usableTypes(registry);
        }

        CanvasDocument run(int modules, int wires) {
            for (int i = 0; i < modules; i++) {
                ModuleNode node = i % STREAM_EVERY == 0 || types.isEmpty()
                    ? builder.stream("synthetic-" + i, STREAM_FIELDS)
                    : builder.add(types.get(random.nextInt(types.size())));
                placed.add(new Placed(node, registry.instantiate(node, new ArrayList<>())));
            }
            int made = 0;
            for (int j = 1; j < placed.size() && made < wires; j++) {
                for (Input in : placed.get(j).instance().inputs()) {
                    if (made < wires && in.requiresConnection() && wireInto(j, in.name(), in.types())) {
                        made++;
                    }
                }
            }
            for (int attempts = 0; made < wires && attempts < wires * 20 && placed.size() > 1; attempts++) {
                int j = 1 + random.nextInt(placed.size() - 1);
                List<PortNode> free = new ArrayList<>();
                for (PortNode p : placed.get(j).node().inputs) {
                    if (!connected.contains(key(placed.get(j).node(), p.name))) {
                        free.add(p);
                    }
                }
                if (!free.isEmpty()) {
                    PortNode p = free.get(random.nextInt(free.size()));
                    TypeSet accepts = accepts(placed.get(j).instance(), p);
                    if (accepts != null && wireInto(j, p.name, accepts)) {
                        made++;
                    }
                }
            }
            CanvasDocument doc = builder.build();
            doc.name = "Synthetic canvas (" + modules + " modules, " + made + " wires)";
            return doc;
        }

        /** Connects a compatible output of an earlier module (usually a nearby one) into the input. */
        private boolean wireInto(int j, String input, TypeSet accepts) {
            ModuleNode target = placed.get(j).node();
            if (connected.contains(key(target, input))) {
                return false;
            }
            for (int tries = 0; tries < 8; tries++) {
                int from = random.nextInt(10) < 7 ? Math.max(0, j - NEARBY) + random.nextInt(Math.min(j, NEARBY))
                    : random.nextInt(j);
                List<Output> outs = new ArrayList<>();
                for (Output o : placed.get(from).instance().outputs()) {
                    if (o.types().compatibleWith(accepts)) {
                        outs.add(o);
                    }
                }
                if (!outs.isEmpty()) {
                    Output o = outs.get(random.nextInt(outs.size()));
                    builder.connect(placed.get(from).node(), o.name(), target, input);
                    connected.add(key(target, input));
                    return true;
                }
            }
            return false;
        }

        /** What an input accepts: its declared types, or its variadic group's for ports grown after instantiation. */
        private static TypeSet accepts(ModuleInstance m, PortNode p) {
            Input in = m.input(p.name);
            if (in != null) {
                return in.types();
            }
            VariadicGroup group = m.variadicInputGroup();
            if (p.variadic == null || group == null) {
                return null;
            }
            return group.type() == DataType.BOOLEAN ? TypeSet.ANY : TypeSet.of(group.type());
        }

        private static String key(ModuleNode node, String port) {
            return node.hash + "\u0000" + port;
        }

        /** Types that can be placed with default settings and have at least one port, in id order. */
        private static List<String> usableTypes(ModuleRegistry registry) {
            List<String> ids = new ArrayList<>();
            List<ModuleDefinition> all = new ArrayList<>(registry.all());
            all.sort(Comparator.comparing(ModuleDefinition::id));
            for (ModuleDefinition d : all) {
                if (d.id().equals("stream")) {
                    continue;
                }
                try {
                    ModuleNode n = registry.newNode(d.id(), 0);
                    if (!n.inputs.isEmpty() || !n.outputs.isEmpty()) {
                        ids.add(d.id());
                    }
                } catch (RuntimeException e) {
                    // a type that cannot be placed without configuration is left out of the mix
                }
            }
            return ids;
        }
    }
}
