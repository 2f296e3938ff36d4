package org.switchboard.manager.channel.action;

import java.util.Map;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.originate.OriginateOutcome;
import org.switchboard.pbx.originate.OriginateRequest;

/**
 * The OriginateResponse event of an asynchronous Originate (spec 02 §2.5; manager.c
 * fast_originate), published to every session allowed to see it.
 */
final class OriginateResponse {
    private OriginateResponse() { }

    static void publish(ActionContext ctx, OriginateRequest request, OriginateOutcome outcome) {
        StringBuilder b = new StringBuilder(256);
        String id = ctx.actionId();
        if (!id.isEmpty()) {
            b.append("ActionID: ").append(id).append("\r\n");
        }
        ChannelSnapshot chan = outcome.channel();
        b.append("Response: ").append(outcome.success() ? "Success" : "Failure").append("\r\n");
        b.append("Channel: ").append(chan != null ? chan.name() : request.tech() + "/" + request.data()).append("\r\n");
        if (request.runsApplication()) {
            b.append("Application: ").append(request.application()).append("\r\n");
            b.append("Data: ").append(nullToEmpty(request.applicationData())).append("\r\n");
        } else {
            b.append("Context: ").append(nullToEmpty(request.context())).append("\r\n");
            b.append("Exten: ").append(nullToEmpty(request.exten())).append("\r\n");
        }
        b.append("Reason: ").append(outcome.reason()).append("\r\n");
        String uid = chan != null ? chan.uniqueId()
                : request.channelId() != null ? request.channelId() : "<unknown>";
        b.append("Uniqueid: ").append(uid).append("\r\n");
        b.append("CallerIDNum: ").append(orUnknown(request.callerIdNumber())).append("\r\n");
        b.append("CallerIDName: ").append(orUnknown(request.callerIdName())).append("\r\n");
        if (chan != null) {
            // manager.c append_channel_vars: the legacy form, not escaped
            for (Map.Entry<String, String> v : chan.managerVariables()) {
                b.append("ChanVariable(").append(chan.name()).append("): ").append(v.getKey()).append('=')
                        .append(v.getValue()).append("\r\n");
            }
        }
        ctx.runtime().events().publish("OriginateResponse", PermissionClass.CALL.mask(), b.toString());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? "<unknown>" : s;
    }
}
