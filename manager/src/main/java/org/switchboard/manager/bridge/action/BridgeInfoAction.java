package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.bridge.BridgeBlock;
import org.switchboard.manager.channel.ChannelBlock;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * BridgeInfo (spec 02 §4.3; manager_bridges.c manager_bridge_info): one BridgeInfoChannel per
 * member (its last snapshot), then BridgeInfoComplete with the bridge block after ListItems.
 */
final class BridgeInfoAction implements ActionHandler {
    private final Pbx pbx;

    BridgeInfoAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "BridgeInfo"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Get information about a bridge."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return Lookups.onBridge(ctx, pbx, bridge -> {
            BridgeSnapshot snapshot = bridge.snapshot();
            ctx.reply(AmiResponse.listAck("Bridge channel listing will follow"));
            int count = 0;
            for (SimChannel c : bridge.channels()) {
                StringBuilder item = new StringBuilder(768).append("Event: BridgeInfoChannel\r\n");
                if (!ctx.actionId().isEmpty()) {
                    item.append("ActionID: ").append(ctx.actionId()).append("\r\n");
                }
                ChannelBlock.append(item, c.snapshot()).append("\r\n");
                ctx.send(item.toString());
                count++;
            }
            ctx.send(AmiLists.start("BridgeInfoComplete", ctx.actionId(), count)
                    .raw(BridgeBlock.append(new StringBuilder(256), snapshot)).build());
        });
    }
}
