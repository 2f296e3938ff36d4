package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.local.LocalOptimizer;
import org.switchboard.protocol.AmiResponse;

/**
 * LocalOptimizeAway (spec 02 §4.2; core_local.c manager_optimize_away): lets a Local channel made
 * with /n optimize itself away; the optimization follows when both halves are bridged.
 */
final class LocalOptimizeAwayAction implements ActionHandler {
    private final Pbx pbx;

    LocalOptimizeAwayAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "LocalOptimizeAway"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CALL); }
    @Override public String synopsis() { return "Optimize away a local channel when possible."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("Channel");
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("'Channel' not specified."));
            return DONE;
        }
        return ctx.onCore(() -> {
            SimChannel chan = Lookups.channel(ctx, pbx, name, "Channel does not exist.");
            if (chan == null) {
                return;
            }
            if (LocalOptimizer.optimizeAway(pbx, chan)) {
                ctx.reply(AmiResponse.success("Queued channel to be optimized away"));
            } else {
                ctx.reply(AmiResponse.error("Unable to find channel"));
            }
        });
    }
}
