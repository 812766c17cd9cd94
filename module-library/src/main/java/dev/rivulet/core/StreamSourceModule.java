package dev.rivulet.core;

import java.util.List;

/**
 * A module fed by a stream (the Stream module): the engine hands it records from the stream and then propagates.
 */
public interface StreamSourceModule {
    /** The stream id from the module's parameter. */
    String streamId();

    /** Field names in the order records index them. */
    List<String> fieldNames();

    /** Field types, parallel to {@link #fieldNames()}. */
    List<DataType> fieldTypes();

    /** Partitions to read (empty means all). */
    default List<Integer> partitions() {
        return List.of();
    }

    /** Sends the record's present fields to the matching outputs. */
    void deliver(StreamRecord record);

    /** The module itself (every implementation is a {@link ModuleInstance}). */
    default ModuleInstance module() {
        return (ModuleInstance) this;
    }
}
