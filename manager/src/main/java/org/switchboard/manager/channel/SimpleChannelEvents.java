package org.switchboard.manager.channel;

import java.util.Map;

import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.event.ChannelRenamed;
import org.switchboard.pbx.event.DeviceStateChanged;
import org.switchboard.pbx.event.DtmfReceived;
import org.switchboard.pbx.event.HoldChanged;
import org.switchboard.pbx.event.LocalPairBridged;
import org.switchboard.pbx.event.UserEventRaised;

/** The channel events whose body is the channel block and a few fixed headers (spec 02 §2.2-2.6). */
final class SimpleChannelEvents {
    private SimpleChannelEvents() { }

    /** LocalBridge (core_local.c local_message_to_ami). */
    static final PbxEventRenderer<LocalPairBridged> LOCAL_BRIDGE = (e, out) -> {
        StringBuilder b = new StringBuilder(1024);
        ChannelBlock.append(b, "LocalOne", e.one());
        ChannelBlock.append(b, "LocalTwo", e.two());
        b.append("Context: ").append(e.context()).append("\r\n");
        b.append("Exten: ").append(e.exten()).append("\r\n");
        b.append("LocalOptimization: ").append(e.canOptimize() ? "Yes" : "No").append("\r\n");
        out.publish("LocalBridge", Classes.CALL, b.toString());
    };

    /** UserEvent from the dialplan (stasis.c multi_user_event_to_ami). */
    static final PbxEventRenderer<UserEventRaised> USER_EVENT = (e, out) -> {
        StringBuilder b = new StringBuilder(512);
        if (e.channel() != null) {
            ChannelBlock.append(b, e.channel());
        }
        b.append("UserEvent: ").append(e.name()).append("\r\n");
        for (Map.Entry<String, String> h : e.headers()) {
            b.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        out.publish("UserEvent", Classes.USER, b.toString());
    };

    /** DeviceStateChange (devicestate.c devstate_to_ami). */
    static final PbxEventRenderer<DeviceStateChanged> DEVICE_STATE = (e, out) ->
            out.publish("DeviceStateChange", Classes.CALL,
                    "Device: " + e.device() + "\r\nState: " + e.state() + "\r\n");

    /** DTMFBegin / DTMFEnd (channel.c send_dtmf_begin_event / send_dtmf_end_event). */
    static final PbxEventRenderer<DtmfReceived> DTMF = (e, out) -> {
        StringBuilder b = ChannelBlock.append(new StringBuilder(512), e.channel());
        b.append("Digit: ").append(e.digit()).append("\r\n");
        if (e.end()) {
            b.append("DurationMs: ").append(e.durationMs()).append("\r\n");
        }
        b.append("Direction: ").append(e.received() ? "Received" : "Sent").append("\r\n");
        out.publish(e.end() ? "DTMFEnd" : "DTMFBegin", Classes.DTMF, b.toString());
    };

    /** Hold / Unhold (stasis_channels.c channel_hold / channel_unhold). */
    static final PbxEventRenderer<HoldChanged> HOLD = (e, out) -> {
        StringBuilder b = ChannelBlock.append(new StringBuilder(512), e.channel());
        if (e.onHold() && e.musicClass() != null && !e.musicClass().isEmpty()) {
            b.append("MusicClass: ").append(e.musicClass()).append("\r\n");
        }
        out.publish(e.onHold() ? "Hold" : "Unhold", Classes.CALL, b.toString());
    };

    /** Rename (channel.c __ast_change_name_nolink). */
    static final PbxEventRenderer<ChannelRenamed> RENAME = (e, out) -> {
        StringBuilder b = new StringBuilder(256);
        b.append("Channel: ").append(e.oldName()).append("\r\n");
        b.append("Newname: ").append(e.newName()).append("\r\n");
        b.append("Uniqueid: ").append(e.channel().uniqueId()).append("\r\n");
        for (Map.Entry<String, String> v : e.channel().managerVariables()) {
            b.append("ChanVariable(").append(e.oldName()).append("): ").append(v.getKey()).append('=')
                    .append(v.getValue()).append("\r\n");
        }
        out.publish("Rename", Classes.CALL, b.toString());
    };
}
