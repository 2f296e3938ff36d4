package org.switchboard.pbx.event;

import org.switchboard.pbx.bridge.BridgeSnapshot;

public record BridgeDestroyed(BridgeSnapshot bridge) implements PbxEvent {
}
