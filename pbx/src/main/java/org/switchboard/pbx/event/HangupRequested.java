package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * A hangup was requested of a channel: queued by a driver or the partner Local half (soft =
 * false, cause may be null), or a soft hangup with its flag value as the cause (soft = true).
 */
public record HangupRequested(ChannelSnapshot channel, Integer cause, int techCause, boolean soft) implements PbxEvent {
}
