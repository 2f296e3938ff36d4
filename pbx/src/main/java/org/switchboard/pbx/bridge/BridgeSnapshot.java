package org.switchboard.pbx.bridge;

import java.util.List;

/**
 * An immutable picture of a bridge (spec 02 §1.2; stasis_bridges.c ast_bridge_snapshot).
 *
 * @param type the bridge class: {@code basic}, {@code holding}, ...
 * @param technology {@code simple_bridge}, {@code holding_bridge}, {@code softmix}, ...
 * @param creator "" when none ({@code <unknown>} on the wire)
 * @param name "" when none
 * @param channels the members' uniqueids, in the order they entered
 */
public record BridgeSnapshot(String uniqueId, String type, String technology, String creator, String name,
                             List<String> channels, String videoSourceMode) {
    public BridgeSnapshot {
        channels = List.copyOf(channels);
    }

    public int numChannels() {
        return channels.size();
    }
}
