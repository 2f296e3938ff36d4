package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/** A DTMF digit began or ended on a channel; {@code durationMs} is 0 for a begin. */
public record DtmfReceived(ChannelSnapshot channel, char digit, boolean end, long durationMs, boolean received)
        implements PbxEvent {
}
