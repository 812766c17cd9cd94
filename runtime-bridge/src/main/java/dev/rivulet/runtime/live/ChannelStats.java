package dev.rivulet.runtime.live;

/**
 * Counters of one widget channel, for the run view ("N coalesced, M dropped"): messages the module published,
 * handed to the UI, replaced by a newer value before a frame took them, and shed because the UI fell behind.
 */
public record ChannelStats(String path, long received, long delivered, long coalesced, long dropped, int pending) {
}
