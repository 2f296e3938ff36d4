package org.switchboard.pbx.event;

import org.switchboard.pbx.presence.PresenceState;

/**
 * A presence state was published (presencestate.c presence_state_event); subtype and message are
 * never null.
 */
public record PresenceStateChanged(String provider, PresenceState state, String subtype, String message)
        implements PbxEvent {
}
