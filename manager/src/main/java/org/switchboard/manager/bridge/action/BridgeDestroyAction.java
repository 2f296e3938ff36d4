package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;
import org.switchboard.protocol.AmiResponse;

/**
 * BridgeDestroy (spec 02 §4.3; manager_bridges.c manager_bridge_destroy): the bridge dissolves;
 * its members leave (BridgeLeave) and go on in the dialplan or hang up; then BridgeDestroy.
 */
final class BridgeDestroyAction implements ActionHandler {
    private final Pbx pbx;

    BridgeDestroyAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "BridgeDestroy"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Destroy a bridge."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return Lookups.onBridge(ctx, pbx, bridge -> {
            bridge.destroy(0);
            ctx.reply(AmiResponse.success("Bridge has been destroyed"));
        });
    }
}
