package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * A dialed leg progressed (RINGING, PROCEEDING, PROGRESS) or ended (ANSWER, BUSY, NOANSWER, ...).
 * {@code forward} is "" unless the leg was forwarded.
 */
public record DialStatusChanged(ChannelSnapshot caller, ChannelSnapshot peer, String forward, String status)
        implements PbxEvent {

    /** Progress statuses become DialState, all others DialEnd (manager_channels.c dial_status_end). */
    public boolean progress() {
        return "RINGING".equals(status) || "PROCEEDING".equals(status) || "PROGRESS".equals(status);
    }
}
