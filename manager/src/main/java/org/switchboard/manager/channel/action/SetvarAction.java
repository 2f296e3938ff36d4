package org.switchboard.manager.channel.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.exec.ChannelEvalContext;
import org.switchboard.protocol.AmiResponse;

/**
 * Setvar (spec 02 §3.5; manager.c action_setvar): sets a channel variable, a global without
 * Channel, or writes a function when the name ends in ')'.
 */
final class SetvarAction implements ActionHandler {
    private final Pbx pbx;

    SetvarAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "Setvar"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() { return "Sets a channel variable or function value."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String channelName = ctx.header("Channel");
        String variable = ctx.header("Variable");
        String value = ctx.header("Value");
        if (variable.isEmpty()) {
            ctx.reply(AmiResponse.error("No variable specified"));
            return DONE;
        }
        return ctx.onCore(() -> {
            java.util.Optional<SimChannel> found = ChannelArgument.resolve(ctx, pbx, channelName);
            if (found == null) {
                return;
            }
            SimChannel c = found.orElse(null);
            ChannelEvalContext eval = new ChannelEvalContext(pbx, c, true);
            boolean ok;
            if (variable.endsWith(")")) {
                ok = eval.writeFunction(variable, value);
            } else {
                eval.setVariable(variable, value);
                ok = true;
            }
            ctx.reply(ok ? AmiResponse.success("Variable Set") : AmiResponse.error("Variable not set"));
        });
    }
}
