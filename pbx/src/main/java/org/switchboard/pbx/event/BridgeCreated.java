package org.switchboard.pbx.event;

import org.switchboard.pbx.bridge.BridgeSnapshot;

public record BridgeCreated(BridgeSnapshot bridge) implements PbxEvent {
}
