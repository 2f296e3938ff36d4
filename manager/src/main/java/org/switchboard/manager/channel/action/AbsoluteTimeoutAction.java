package org.switchboard.manager.channel.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * AbsoluteTimeout (spec 02 §4.2; manager.c action_timeout): the channel is soft-hung-up with
 * TIMEOUT that many (fractional) seconds from now, in PBX time.
 */
final class AbsoluteTimeoutAction implements ActionHandler {
    private final Pbx pbx;

    AbsoluteTimeoutAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "AbsoluteTimeout"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CALL); }
    @Override public String synopsis() { return "Set absolute timeout."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("Channel");
        double seconds = parseSeconds(ctx.header("Timeout"));
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("No channel specified"));
            return DONE;
        }
        if (seconds <= 0) {
            ctx.reply(AmiResponse.error("No timeout specified"));
            return DONE;
        }
        return ctx.onCore(() -> {
            SimChannel c = pbx.channels().find(name).orElse(null);
            if (c == null) {
                ctx.reply(AmiResponse.error("No such channel"));
                return;
            }
            long ms = (long) (seconds * 1000);
            c.setAbsoluteTimeout(ms == 0 ? 0 : pbx.clock().millis() + ms);
            ctx.reply(AmiResponse.success("Timeout Set"));
        });
    }

    // atof: the longest leading decimal number, 0 when there is none
    private static double parseSeconds(String text) {
        java.util.regex.Matcher m = ATOF.matcher(text);
        return m.lookingAt() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static final java.util.regex.Pattern ATOF =
            java.util.regex.Pattern.compile("\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");
}
