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
 * Getvar (spec 02 §3.5; manager.c action_getvar): a channel variable (builtins included), a
 * global without Channel, or a function when the name ends in ')'; unset reads as empty.
 */
final class GetvarAction implements ActionHandler {
    private final Pbx pbx;

    GetvarAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "Getvar"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.CALL, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Gets a channel variable or function value."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String channelName = ctx.header("Channel");
        String variable = ctx.header("Variable");
        if (variable.isEmpty()) {
            ctx.reply(AmiResponse.error("No variable specified"));
            return DONE;
        }
        if (!ManagerFunctions.allowed(variable, ctx.session().writePerm())) {
            ctx.reply(AmiResponse.error("GetVar Access Forbidden: Variable"));
            return DONE;
        }
        return ctx.onCore(() -> {
            java.util.Optional<SimChannel> found = ChannelArgument.resolve(ctx, pbx, channelName);
            if (found == null) {
                return;
            }
            SimChannel c = found.orElse(null);
            ChannelEvalContext eval = new ChannelEvalContext(pbx, c, true);
            String value = variable.endsWith(")") ? eval.readFunction(variable) : eval.retrieveVariable(variable);
            ctx.reply(AmiResponse.startAck().with("Variable", variable).with("Value", value == null ? "" : value));
        });
    }
}
