package org.switchboard.manager.channel.control;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * SendText (spec 02 §4.2; manager.c action_sendtext): the text is queued for the channel, which
 * hands it to its technology when it next reads (a Local half passes it to the other half). Any
 * Content-Type is accepted; queueing always succeeds.
 */
final class SendTextAction implements ActionHandler {
    private final Pbx pbx;

    SendTextAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "SendText"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() {
        return "Sends a text message to channel. A content type\tcan be optionally specified. If not set it is set to "
                + "an empty string allowing a custom handler to default it as it sees fit.";
    }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("Channel");
        String message = ctx.header("Message");
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("No channel specified"));
            return DONE;
        }
        if (message.isEmpty()) {
            ctx.reply(AmiResponse.error("No Message specified"));
            return DONE;
        }
        return ctx.onCore(() -> {
            SimChannel c = pbx.channels().find(name).orElse(null);
            if (c == null) {
                ctx.reply(AmiResponse.error("No such channel"));
                return;
            }
            // a read action: it takes effect when the channel next reads, after this reply
            pbx.core().execute(() -> {
                if (!c.isHungUp()) {
                    c.driver().sendText(c, message);
                }
            });
            ctx.reply(AmiResponse.success("Success"));
        });
    }
}
