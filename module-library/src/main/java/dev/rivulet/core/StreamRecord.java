package dev.rivulet.core;

/**
 * One message's field values, indexed by the stream's field order. Sources reuse one record object, so consumers
 * read it synchronously and never keep it. Numbers are read unboxed.
 */
public interface StreamRecord {
    /** False when the field is missing or null in this message (Streamr sends nothing for it). */
    boolean has(int field);

    boolean isDouble(int field);

    double getDouble(int field);

    Object get(int field);
}
