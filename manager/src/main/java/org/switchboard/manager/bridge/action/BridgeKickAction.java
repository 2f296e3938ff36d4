package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.Bridge;
import org.switchboard.pbx.bridge.BridgeChannel;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * BridgeKick (spec 02 §4.3; manager_bridges.c manager_bridge_kick): the channel leaves its bridge
 * as if it had hung up (a two-party basic bridge then dissolves).
 */
final class BridgeKickAction implements ActionHandler {
    private final Pbx pbx;

    BridgeKickAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "BridgeKick"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Kick a channel from a bridge."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String id = ctx.header("BridgeUniqueid");
        String name = ctx.header("Channel");
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("Channel must be provided"));
            return DONE;
        }
        return ctx.onCore(() -> {
            SimChannel chan = Lookups.channel(ctx, pbx, name, "Channel does not exist");
            if (chan == null) {
                return;
            }
            Bridge bridge;
            if (id.isEmpty()) {
                bridge = BridgeChannel.bridgeOf(chan);
                if (bridge == null) {
                    ctx.reply(AmiResponse.error("Channel is not in a bridge"));
                    return;
                }
            } else {
                bridge = pbx.bridges().find(id).orElse(null);
                if (bridge == null) {
                    ctx.reply(AmiResponse.error("Bridge not found"));
                    return;
                }
            }
            if (bridge.kick(chan) != 0) {
                ctx.reply(AmiResponse.error("Channel kick from bridge failed"));
                return;
            }
            ctx.reply(AmiResponse.success("Channel has been kicked"));
        });
    }
}
