package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.BridgeTechnology;
import org.switchboard.protocol.AmiResponse;

/**
 * BridgeTechnologySuspend / BridgeTechnologyUnsuspend (bridge.c handle_manager_bridge_tech_suspend):
 * a suspended technology is not chosen for new bridges.
 */
final class BridgeTechnologySuspendAction implements ActionHandler {
    private final Pbx pbx;
    private final boolean suspend;

    BridgeTechnologySuspendAction(Pbx pbx, boolean suspend) {
        this.pbx = pbx;
        this.suspend = suspend;
    }

    @Override public String name() { return suspend ? "BridgeTechnologySuspend" : "BridgeTechnologyUnsuspend"; }
    @Override public int requiredWrite() { return 0; }

    @Override
    public String synopsis() {
        return suspend ? "Suspend a bridging technology." : "Unsuspend a bridging technology.";
    }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("BridgeTechnology");
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("BridgeTechnology must be provided"));
            return DONE;
        }
        return ctx.onCore(() -> {
            BridgeTechnology t = pbx.bridges().technology(name);
            if (t == null) {
                ctx.reply(AmiResponse.error("BridgeTechnology not found"));
                return;
            }
            pbx.bridges().suspend(t, suspend);
            ctx.reply(AmiResponse.success(suspend ? "Suspended bridge technology" : "Unsuspended bridge technology"));
        });
    }
}
