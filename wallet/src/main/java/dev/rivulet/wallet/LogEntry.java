package dev.rivulet.wallet;

import java.util.List;
import java.util.Objects;

/**
 * One event log as the chain reports it: the emitting contract, its topics (topic 0 is the event signature's hash
 * unless the event is anonymous) and data, all 0x-prefixed hex. {@code dev.rivulet.wallet.abi.ContractAbi} decodes
 * it into named values.
 */
public record LogEntry(Address address, List<String> topics, String data, long blockNumber, TxHash transactionHash,
                       long logIndex) {

    public LogEntry {
        Objects.requireNonNull(address, "address");
        topics = List.copyOf(topics);
        Objects.requireNonNull(data, "data");
    }
}
