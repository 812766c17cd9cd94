package dev.rivulet.runtime.demo;

import java.util.Map;

/** One message of a simulated stream: when, which partition key (car, station, city), and the fields. */
public record DemoEvent(long timestamp, String key, Map<String, Object> content) {
    public DemoEvent {
        content = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(content));
    }
}
