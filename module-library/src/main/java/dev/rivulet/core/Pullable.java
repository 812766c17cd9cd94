package dev.rivulet.core;

/**
 * A module whose outputs always have a value that downstream inputs may pull (Constant and its kin): an input
 * connected to a pullable output counts as ready at once, without waiting for the constant to fire.
 */
public interface Pullable {
    /** The current value of the given output of this module. */
    Object pull(Output output);
}
