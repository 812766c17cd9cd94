package dev.rivulet.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The set of types an endpoint accepts or produces, with Streamr's compatibility rule: two endpoints
 * connect when either side contains {@link DataType#OBJECT} or the sets intersect.
 *
 * <p>Usage: {@code TypeSet.of(DataType.LIST, DataType.MAP).compatibleWith(TypeSet.of(DataType.MAP))}.
 */
public record TypeSet(Set<DataType> types) {

    /** One shared set per single type: every port of every module instance asks for one (validation makes many). */
    private static final TypeSet[] SINGLE = singles();

    public static final TypeSet ANY = of(DataType.OBJECT);

    public TypeSet {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a type set needs at least one type");
        }
        types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    }

    public static TypeSet of(DataType first, DataType... more) {
        return more.length == 0 ? SINGLE[first.ordinal()] : new TypeSet(EnumSet.of(first, more));
    }

    private static TypeSet[] singles() {
        DataType[] all = DataType.values();
        TypeSet[] sets = new TypeSet[all.length];
        for (DataType t : all) {
            sets[t.ordinal()] = new TypeSet(EnumSet.of(t));
        }
        return sets;
    }

    /** Parses Streamr's space-separated form, e.g. "List Map". */
    public static TypeSet parse(String spaceSeparated) {
        EnumSet<DataType> set = EnumSet.noneOf(DataType.class);
        for (String part : spaceSeparated.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                set.add(DataType.fromStreamr(part));
            }
        }
        return set.isEmpty() ? ANY : new TypeSet(set);
    }

    public boolean containsAny() {
        return types.contains(DataType.OBJECT);
    }

    public boolean compatibleWith(TypeSet other) {
        if (containsAny() || other.containsAny()) {
            return true;
        }
        for (DataType t : types) {
            if (other.types.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Streamr's names, in declaration order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (DataType t : types) {
            names.add(t.streamrName());
        }
        return names;
    }

    /** Streamr's "type" string: names joined by a space. */
    public String displayName() {
        return String.join(" ", names());
    }
}
