package dev.rivulet.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartitionerTest {

    /** Computed with Streamr's keyToArrayIndex (@streamr/utils) under Node.js 20. */
    @Test
    void textKeysMatchStreamrsKeyToArrayIndex() {
        assertThat(Partitioner.partition(1, "x")).isZero();
        assertThat(Partitioner.partition(2, "a")).isEqualTo(0);
        assertThat(Partitioner.partition(3, "sensor-17")).isEqualTo(2);
        assertThat(Partitioner.partition(10, "0xabc")).isEqualTo(4);
        assertThat(Partitioner.partition(100, "hello")).isEqualTo(9);
        assertThat(Partitioner.partition(100, "Helsinki")).isEqualTo(20);
        assertThat(Partitioner.partition(7, "")).isEqualTo(5);
        assertThat(Partitioner.partition(5, "äöü €")).isEqualTo(4);
        assertThat(Partitioner.partition(99, "streamr")).isEqualTo(12);
        assertThat(Partitioner.partition(64, "partition-key-42")).isEqualTo(1);
    }

    @Test
    void numericKeysUseTheirMagnitudeModuloThePartitionCount() {
        assertThat(Partitioner.partition(10, -7L)).isEqualTo(7);
        assertThat(Partitioner.partition(10, 123L)).isEqualTo(3);
        assertThat(Partitioner.partition(3, 0L)).isZero();
        assertThat(Partitioner.partition(10, (Object) 123.0)).isEqualTo(3);
        assertThat(Partitioner.partition(7, Long.MIN_VALUE)).isBetween(0, 6);
        assertThatThrownBy(() -> Partitioner.partition(10, (Object) 1.5)).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Partitioner.partition(0, "x")).hasMessageContaining("positive");
    }
}
