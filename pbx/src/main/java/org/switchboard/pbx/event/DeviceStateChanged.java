package org.switchboard.pbx.event;

/** A device's aggregate state was published (devicestate.c); {@code state} is e.g. INUSE. */
public record DeviceStateChanged(String device, String state) implements PbxEvent {
}
