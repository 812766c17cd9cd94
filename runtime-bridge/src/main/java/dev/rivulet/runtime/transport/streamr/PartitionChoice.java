package dev.rivulet.runtime.transport.streamr;

/**
 * How a publish picks its stream partition on a Streamr node (at most one per publish connection): the node's
 * default (random), a fixed partition, a partition key hashed by the node, or the value of a field of each message
 * used as the key (WebSocket plugin only).
 */
public sealed interface PartitionChoice {
    PartitionChoice DEFAULT = new NodeDefault();

    /** The query string part, without "?"; empty for the node's default. */
    String query();

    record NodeDefault() implements PartitionChoice {
        @Override
        public String query() {
            return "";
        }
    }

    record Fixed(int partition) implements PartitionChoice {
        public Fixed {
            if (partition < 0 || partition > 99) {
                throw new IllegalArgumentException("a Streamr stream has partitions 0 to 99, got " + partition);
            }
        }

        @Override
        public String query() {
            return "partition=" + partition;
        }
    }

    record Key(String key) implements PartitionChoice {
        @Override
        public String query() {
            return "partitionKey=" + StreamrNodeEndpoint.encode(key);
        }
    }

    record KeyField(String field) implements PartitionChoice {
        @Override
        public String query() {
            return "partitionKeyField=" + StreamrNodeEndpoint.encode(field);
        }
    }
}
