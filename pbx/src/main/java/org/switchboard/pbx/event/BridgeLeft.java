package org.switchboard.pbx.event;

import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.pbx.channel.ChannelSnapshot;

public record BridgeLeft(BridgeSnapshot bridge, ChannelSnapshot channel) implements PbxEvent {
}
