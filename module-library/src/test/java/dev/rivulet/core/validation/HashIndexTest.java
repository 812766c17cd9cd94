package dev.rivulet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashIndexTest {
    @Test
    void givesPositionsInOrderOfFirstAppearance() {
        HashIndex index = new HashIndex(4);

        assertThat(index.addIfAbsent(42)).isEqualTo(0);
        assertThat(index.addIfAbsent(-7)).isEqualTo(1);
        assertThat(index.addIfAbsent(42)).isEqualTo(HashIndex.MISSING);
        assertThat(index.addIfAbsent(0)).isEqualTo(2);

        assertThat(index.get(42)).isEqualTo(0);
        assertThat(index.get(-7)).isEqualTo(1);
        assertThat(index.get(0)).isEqualTo(2);
        assertThat(index.get(5)).isEqualTo(HashIndex.MISSING);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void holdsAsManyHashesAsItWasSizedForWhateverTheirValues() {
        int[] hashes = new int[5000];
        HashIndex index = new HashIndex(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            // sequential hashes (ours) and large negative ones (Streamr's) that all end in the same 16 bits
            hashes[i] = i % 2 == 0 ? i : (i << 16) | 0x80000000;
            index.addIfAbsent(hashes[i]);
        }

        for (int i = 0; i < hashes.length; i++) {
            assertThat(index.get(hashes[i])).isEqualTo(i);
        }
    }
}
