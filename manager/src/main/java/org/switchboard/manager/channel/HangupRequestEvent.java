package org.switchboard.manager.channel;

import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.event.HangupRequested;

/**
 * HangupRequest (a queued hangup) and SoftHangupRequest (ast_softhangup, Cause is the flag
 * value) (spec 02 §2.2; manager_channels.c channel_hangup_request_cb).
 */
final class HangupRequestEvent implements PbxEventRenderer<HangupRequested> {
    @Override
    public void render(HangupRequested e, ManagerEvents out) {
        StringBuilder b = ChannelBlock.append(new StringBuilder(512), e.channel());
        if (e.cause() != null) {
            b.append("Cause: ").append(e.cause()).append("\r\n");
        }
        if (e.techCause() != 0) {
            b.append("TechCause: ").append(e.techCause()).append("\r\n");
        }
        out.publish(e.soft() ? "SoftHangupRequest" : "HangupRequest", Classes.CALL, b.toString());
    }
}
