package org.switchboard.manager.channel;

import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.event.ChannelSnapshotChanged;

/**
 * A channel snapshot update and the five monitors Asterisk runs on it, in their order (spec 02
 * §2.1; manager_channels.c channel_snapshot_update): Newchannel/Hangup/Newstate, Newexten,
 * NewCallerid, NewAccountCode, NewConnectedLine.
 */
final class SnapshotEvents implements PbxEventRenderer<ChannelSnapshotChanged> {

    @Override
    public void render(ChannelSnapshotChanged e, ManagerEvents out) {
        ChannelSnapshot old = e.previous();
        ChannelSnapshot now = e.current();
        stateChange(old, now, out);
        newExten(old, now, out);
        if (old == null) {
            return;
        }
        if (!samePartyId(old.caller(), now.caller())) {
            int pres = now.caller().presentation();
            out.publish("NewCallerid", Classes.CALL, block(now)
                    .append("CID-CallingPres: ").append(pres).append(" (")
                    .append(Party.describePresentation(pres)).append(")\r\n").toString());
        }
        if (!old.accountCode().equals(now.accountCode())) {
            out.publish("NewAccountCode", Classes.CALL, block(now)
                    .append("OldAccountCode: ").append(old.accountCode()).append("\r\n").toString());
        }
        if (!samePartyId(old.connected(), now.connected())) {
            out.publish("NewConnectedLine", Classes.CALL, block(now).toString());
        }
    }

    // manager_channels.c channel_state_change
    private static void stateChange(ChannelSnapshot old, ChannelSnapshot now, ManagerEvents out) {
        if (old == null) {
            out.publish("Newchannel", Classes.CALL, block(now).toString());
            return;
        }
        if (now.dead() && !old.dead()) {
            StringBuilder b = block(now)
                    .append("Cause: ").append(now.hangupCause()).append("\r\n")
                    .append("Cause-txt: ").append(HangupCause.text(now.hangupCause())).append("\r\n");
            if (now.techCause() != 0) {
                b.append("TechCause: ").append(now.techCause()).append("\r\n");
            }
            out.publish("Hangup", Classes.CALL, b.toString());
            return;
        }
        if (old.state() != now.state() && !now.dead()) {
            out.publish("Newstate", Classes.CALL, block(now).toString());
        }
    }

    // manager_channels.c channel_newexten
    private static void newExten(ChannelSnapshot old, ChannelSnapshot now, ManagerEvents out) {
        if (now.application().isEmpty() || now.dead()) {
            return;
        }
        if (old != null && !(old.application().isEmpty()) && old.sameLocation(now)) {
            return;
        }
        out.publish("Newexten", Classes.DIALPLAN, block(now)
                .append("Extension: ").append(now.exten()).append("\r\n")
                .append("Application: ").append(now.application()).append("\r\n")
                .append("AppData: ").append(now.applicationData()).append("\r\n").toString());
    }

    // stasis_channels.c ast_channel_snapshot_caller_id_equal / connected_line_equal: what is shown
    private static boolean samePartyId(Party a, Party b) {
        return a.shownNumber().equals(b.shownNumber()) && a.shownName().equals(b.shownName());
    }

    static StringBuilder block(ChannelSnapshot s) {
        return ChannelBlock.append(new StringBuilder(512), s);
    }
}
