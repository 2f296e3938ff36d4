package org.switchboard.manager.channel.control;

import java.util.concurrent.CompletionStage;

import org.switchboard.config.AstBool;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * SendFlash (app_senddtmf.c manager_send_flash): a hook flash queued on the channel
 * ({@code Receive: true}) or sent through it to its technology.
 */
final class SendFlashAction implements ActionHandler {
    private final Pbx pbx;

    SendFlashAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "SendFlash"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() { return "Send a hook flash on a specific channel."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("Channel");
        boolean receive = AstBool.isTrue(ctx.header("Receive"));
        return ctx.onCore(() -> {
            SimChannel c = pbx.channels().find(name).orElse(null);
            if (c == null) {
                ctx.reply(AmiResponse.error("Channel not found"));
                return;
            }
            if (receive) {
                c.queueFrame(Frame.control(Control.FLASH));
            } else {
                c.indicate(Control.FLASH);
            }
            ctx.reply(AmiResponse.success("Flash successfully queued"));
        });
    }
}
