package org.switchboard.pbx.devstate;

/**
 * Told of every aggregate device state that is published, after its DeviceStateChange (pbx.c
 * device_state_cb subscribes to the same messages to update hints). Core thread.
 */
@FunctionalInterface
public interface DeviceStateListener {
    void deviceStateChanged(String device, DeviceState state);
}
