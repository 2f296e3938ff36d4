package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * CancelAtxfer (spec 02 §4.2; manager.c action_cancel_atxfer): queues the atxferabort code
 * (features.conf, default {@code *1}) as DTMF on the channel.
 */
final class CancelAtxferAction implements ActionHandler {
    private final Pbx pbx;

    CancelAtxferAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "CancelAtxfer"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() { return "Cancel an attended transfer."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("Channel");
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("No channel specified"));
            return DONE;
        }
        return ctx.onCore(() -> {
            SimChannel chan = Lookups.channel(ctx, pbx, name, "Channel specified does not exist");
            if (chan == null) {
                return;
            }
            String code = pbx.bridges().features().atxferAbort();
            if (code == null) {
                ctx.reply(AmiResponse.error("No disconnect feature code found"));
                return;
            }
            AtxferAction.queueDigits(chan, code);
            ctx.reply(AmiResponse.success("CancelAtxfer successfully queued"));
        });
    }
}
