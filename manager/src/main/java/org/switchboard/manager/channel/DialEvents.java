package org.switchboard.manager.channel;

import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.event.DialStarted;
import org.switchboard.pbx.event.DialStatusChanged;

/**
 * DialBegin, DialState and DialEnd (spec 02 §2.2, §2.2.2; manager_channels.c channel_dial_cb):
 * the caller's block when there is a caller, the dialed channel's with prefix Dest.
 */
final class DialEvents {
    private DialEvents() { }

    static final PbxEventRenderer<DialStarted> BEGIN = (e, out) -> {
        StringBuilder b = new StringBuilder(1024);
        if (e.caller() != null) {
            ChannelBlock.append(b, e.caller());
        }
        ChannelBlock.append(b, "Dest", e.peer());
        String dialString = e.dialString() == null || e.dialString().isEmpty() ? "unknown" : e.dialString();
        b.append("DialString: ").append(dialString).append("\r\n");
        out.publish("DialBegin", Classes.CALL, b.toString());
    };

    static final PbxEventRenderer<DialStatusChanged> STATUS = DialEvents::status;

    private static void status(DialStatusChanged e, ManagerEvents out) {
        StringBuilder b = new StringBuilder(1024);
        if (e.caller() != null) {
            ChannelBlock.append(b, e.caller());
        }
        ChannelBlock.append(b, "Dest", e.peer());
        if (e.forward() != null && !e.forward().isEmpty()) {
            b.append("Forward: ").append(e.forward()).append("\r\n");
        }
        b.append("DialStatus: ").append(e.status()).append("\r\n");
        out.publish(e.progress() ? "DialState" : "DialEnd", Classes.CALL, b.toString());
    }
}
