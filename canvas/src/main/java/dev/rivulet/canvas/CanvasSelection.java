package dev.rivulet.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The selected modules of a canvas view, by hash, in the order they were selected. Not part of the document, so not
 * undoable; listeners hear the hashes whose state flipped.
 *
 * <p>Usage: {@code view.selection().set(List.of(hash)); view.selection().hashes()}.
 */
public final class CanvasSelection {
    private final Set<Integer> selected = new LinkedHashSet<>();
    private final List<Listener> listeners = new ArrayList<>();

    /** Hears the modules that became selected or unselected. */
    @FunctionalInterface
    public interface Listener {
        void changed(Set<Integer> flipped);
    }

    public Set<Integer> hashes() {
        return Collections.unmodifiableSet(selected);
    }

    public boolean contains(int hash) {
        return selected.contains(hash);
    }

    public boolean isEmpty() {
        return selected.isEmpty();
    }

    public int size() {
        return selected.size();
    }

    public void set(Collection<Integer> hashes) {
        Set<Integer> flipped = new LinkedHashSet<>(selected);
        Set<Integer> next = new LinkedHashSet<>(hashes);
        flipped.removeAll(next);
        for (int h : next) {
            if (!selected.contains(h)) {
                flipped.add(h);
            }
        }
        selected.clear();
        selected.addAll(next);
        fire(flipped);
    }

    public void add(Collection<Integer> hashes) {
        Set<Integer> flipped = new LinkedHashSet<>();
        for (int h : hashes) {
            if (selected.add(h)) {
                flipped.add(h);
            }
        }
        fire(flipped);
    }

    public void toggle(int hash) {
        if (!selected.remove(hash)) {
            selected.add(hash);
        }
        fire(Set.of(hash));
    }

    public void remove(Collection<Integer> hashes) {
        Set<Integer> flipped = new LinkedHashSet<>();
        for (int h : hashes) {
            if (selected.remove(h)) {
                flipped.add(h);
            }
        }
        fire(flipped);
    }

    public void clear() {
        set(List.of());
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    private void fire(Set<Integer> flipped) {
        if (!flipped.isEmpty()) {
            Set<Integer> copy = Set.copyOf(flipped);
            listeners.forEach(l -> l.changed(copy));
        }
    }
}
