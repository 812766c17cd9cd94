package dev.rivulet.runtime.workspace;

/** How {@link CanvasRepository#list} orders canvases. */
public enum CanvasSort {
    /** By name, case-insensitively, A to Z. */
    NAME,
    /** Most recently changed first. */
    UPDATED
}
