package dev.rivulet.core.validation;

import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.OptionNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.document.VariadicNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything in a saved module except its hash, read as a sequence of tokens: type, names, parameters, ports (every
 * field, endpoint ids too), options and extra fields, with markers and sizes for the structure, maps in their order,
 * and leaves that are plain JSON data (texts, numbers, booleans, null; 1 and 1.0 are different tokens). Two nodes with
 * equal token sequences are equal but for the hash. One method lists the fields ({@link #walk}); hashing, recording and
 * comparing are sinks fed by it, so no node allocates a key: only the first node of each configuration is recorded.
 *
 * <p>Usage: {@code ConfigurationKey keys = new ConfigurationKey(); int h = keys.hash(node);
 * Object[] recorded = keys.record(node); boolean same = keys.matches(other, recorded);}
 * Not thread-safe (the sinks are reused).
 */
final class ConfigurationKey {
    /** Structure markers; no leaf equals one of them. */
    private enum Mark { NODE, PORTS, PORT, VARIADIC, OPTIONS, OPTION, EXTRA, MAP, LIST }

    /** Takes the tokens in order; false stops the walk. */
    private interface Sink {
        boolean accept(Object token);
    }

    private final HashSink hashing = new HashSink();
    private final CompareSink comparing = new CompareSink();

    /**
     * A hash of the node's configuration, or {@link Long#MIN_VALUE} when a value in it is not plain JSON data (such a
     * node is not compared with others). Otherwise the result fits in an int.
     */
    long hash(ModuleNode node) {
        hashing.h = 1;
        return walk(node, hashing) ? hashing.h : Long.MIN_VALUE;
    }

    /** The node's tokens, to compare later nodes with; call only for a node whose {@link #hash} was not MIN_VALUE. */
    Object[] record(ModuleNode node) {
        List<Object> tokens = new ArrayList<>(64);
        walk(node, tokens::add);
        return tokens.toArray();
    }

    /** True when the node's tokens are exactly the recorded ones. */
    boolean matches(ModuleNode node, Object[] recorded) {
        comparing.expected = recorded;
        comparing.at = 0;
        boolean same = walk(node, comparing) && comparing.at == recorded.length;
        comparing.expected = null;
        return same;
    }

    private static boolean walk(ModuleNode node, Sink out) {
        return out.accept(Mark.NODE) && out.accept(node.type) && out.accept(node.typeVersion)
            && out.accept(node.name) && out.accept(node.displayName)
            && ports(node.params, out) && ports(node.inputs, out) && ports(node.outputs, out)
            && options(node.options, out) && extra(node.extraOrNull(), out);
    }

    private static boolean ports(List<PortNode> ports, Sink out) {
        if (!out.accept(Mark.PORTS) || !out.accept(ports.size())) {
            return false;
        }
        for (PortNode p : ports) {
            boolean same = out.accept(Mark.PORT) && out.accept(p.name) && out.accept(p.id)
                && out.accept(p.displayName) && out.accept(p.type) && out.accept(p.driving)
                && out.accept(p.noRepeat) && out.accept(p.export)
                && value(p.value, out) && value(p.initialValue, out) && variadic(p.variadic, out)
                && extra(p.extraOrNull(), out);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean variadic(VariadicNode v, Sink out) {
        if (v == null) {
            return out.accept(null);
        }
        return out.accept(Mark.VARIADIC) && out.accept(v.index) && out.accept(v.isLast) && out.accept(v.linkedOutput)
            && out.accept(v.disableGrow) && extra(v.extraOrNull(), out);
    }

    private static boolean options(Map<String, OptionNode> options, Sink out) {
        if (!out.accept(Mark.OPTIONS) || !out.accept(options.size())) {
            return false;
        }
        for (Map.Entry<String, OptionNode> e : options.entrySet()) {
            OptionNode o = e.getValue();
            boolean same = out.accept(e.getKey()) && (o == null ? out.accept(null)
                : out.accept(Mark.OPTION) && out.accept(o.type) && value(o.value, out) && extra(o.extraOrNull(), out));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** No extra fields and an empty map of them read the same (a node cannot tell them apart). */
    private static boolean extra(Map<String, Object> extra, Sink out) {
        if (extra == null || extra.isEmpty()) {
            return out.accept(null);
        }
        return out.accept(Mark.EXTRA) && map(extra, out);
    }

    private static boolean map(Map<?, ?> map, Sink out) {
        if (!out.accept(map.size())) {
            return false;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!value(e.getKey(), out) || !value(e.getValue(), out)) {
                return false;
            }
        }
        return true;
    }

    /** JSON data as the codecs read it; anything else (an array, an object of some class) stops the walk. */
    private static boolean value(Object v, Sink out) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
            || v instanceof Double || v instanceof Float || v instanceof Short || v instanceof Byte
            || v instanceof BigInteger || v instanceof BigDecimal) {
            return out.accept(v);
        }
        if (v instanceof Map<?, ?> m) {
            return out.accept(Mark.MAP) && map(m, out);
        }
        if (v instanceof List<?> list) {
            if (!out.accept(Mark.LIST) || !out.accept(list.size())) {
                return false;
            }
            for (Object item : list) {
                if (!value(item, out)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** List.hashCode's formula over the tokens. */
    private static final class HashSink implements Sink {
        int h;

        @Override
        public boolean accept(Object token) {
            h = 31 * h + Objects.hashCode(token);
            return true;
        }
    }

    /** Token by token against a recorded sequence; stops at the first difference. */
    private static final class CompareSink implements Sink {
        Object[] expected;
        int at;

        @Override
        public boolean accept(Object token) {
            return at < expected.length && Objects.equals(expected[at++], token);
        }
    }
}
