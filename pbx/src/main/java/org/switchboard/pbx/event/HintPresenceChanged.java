package org.switchboard.pbx.event;

import org.switchboard.pbx.presence.PresenceState;

/**
 * A hint's presence changed (pbx.c presence_state_notify_callbacks); subtype and message are ""
 * when there are none. {@code hint} as in {@link ExtensionStatusChanged}.
 */
public record HintPresenceChanged(String exten, String context, String hint, PresenceState state, String subtype,
                                  String message) implements PbxEvent {
}
