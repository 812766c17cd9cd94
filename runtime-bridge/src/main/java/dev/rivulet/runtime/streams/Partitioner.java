package dev.rivulet.runtime.streams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Chooses a partition from a partition key exactly as Streamr's clients do ({@code keyToArrayIndex} in
 * {@code @streamr/utils}), so that a message keyed here lands in the same partition as one keyed by a Streamr node:
 * <ul>
 *   <li>one partition: always 0;</li>
 *   <li>a numeric key: {@code |key| mod partitions};</li>
 *   <li>a text key: MD5 of its UTF-8 bytes, the first four digest bytes read as a little-endian signed 32-bit
 *       integer, then {@code |hash| mod partitions} (the absolute value taken in 64 bits, as JavaScript does, so
 *       -2^31 maps to 2^31).</li>
 * </ul>
 * Test vectors are in {@code PartitionerTest} (computed with Streamr's function under Node.js).
 *
 * <p>Usage: {@code int p = Partitioner.partition(definition.partitions(), "sensor-17");}
 */
public final class Partitioner {
    private Partitioner() {
    }

    /** The partition for a text key. */
    public static int partition(int partitions, String key) {
        check(partitions);
        if (partitions == 1) {
            return 0;
        }
        byte[] d = md5().digest(key.getBytes(StandardCharsets.UTF_8));
        int hash = (d[0] & 0xFF) | (d[1] & 0xFF) << 8 | (d[2] & 0xFF) << 16 | d[3] << 24;
        return (int) (Math.abs((long) hash) % partitions);
    }

    /** The partition for a numeric key (integral; a fraction is rejected, as it would not name a partition). */
    public static int partition(int partitions, long key) {
        check(partitions);
        if (partitions == 1) {
            return 0;
        }
        // Math.abs(Long.MIN_VALUE) is negative; floorMod of the magnitude keeps the result in range
        return key == Long.MIN_VALUE ? (int) Math.floorMod(key, (long) partitions)
            : (int) (Math.abs(key) % partitions);
    }

    /**
     * The partition for a key as it arrives on a canvas: numbers use the numeric rule (a whole number given as a
     * double counts as that integer), anything else its text.
     */
    public static int partition(int partitions, Object key) {
        if (key instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("partition key " + key + " is not a whole number");
            }
            return partition(partitions, (long) d);
        }
        return partition(partitions, String.valueOf(key));
    }

    private static void check(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partition count must be positive: " + partitions);
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
