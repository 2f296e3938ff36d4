package org.switchboard.pbx.event;

import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.pbx.channel.ChannelSnapshot;

/** A channel joined a bridge; {@code swapUniqueId} names the channel it replaced, or is null. */
public record BridgeEntered(BridgeSnapshot bridge, ChannelSnapshot channel, String swapUniqueId) implements PbxEvent {
}
