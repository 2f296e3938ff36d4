package org.switchboard.pbx.presence;

/**
 * Told of every published presence state, after its PresenceStateChange (pbx.c presence_state_cb
 * subscribes to the same messages). {@code presence} carries strings, never null. Core thread.
 */
@FunctionalInterface
public interface PresenceListener {
    void presenceStateChanged(String provider, Presence presence);
}
