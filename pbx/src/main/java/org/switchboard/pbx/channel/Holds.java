package org.switchboard.pbx.channel;

import org.switchboard.pbx.event.HoldChanged;

/**
 * A technology reporting that its far end put the call on hold or took it off (channel.c
 * ast_queue_hold / ast_queue_unhold): Hold or Unhold is published on the channel, and the HOLD or
 * UNHOLD control frame is queued for whoever reads it (a bridge passes it to the other member).
 */
public final class Holds {
    private Holds() { }

    /** ast_queue_hold; {@code musicClass} may be null or "". */
    public static void queueHold(SimChannel channel, String musicClass) {
        channel.host().publish(new HoldChanged(channel.snapshot(), true, musicClass == null ? "" : musicClass));
        channel.queueFrame(Frame.control(Control.HOLD));
    }

    /** ast_queue_unhold. */
    public static void queueUnhold(SimChannel channel) {
        channel.host().publish(new HoldChanged(channel.snapshot(), false, ""));
        channel.queueFrame(Frame.control(Control.UNHOLD));
    }
}
