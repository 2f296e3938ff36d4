package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.bridge.BridgeBlock;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.Bridge;
import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * BridgeList (spec 02 §4.3; manager_bridges.c manager_bridges_list): one BridgeListItem per
 * bridge, ordered by uniqueid; {@code BridgeType} filters on the technology.
 */
final class BridgeListAction implements ActionHandler {
    private final Pbx pbx;

    BridgeListAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "BridgeList"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Get a list of bridges in the system."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String filter = ctx.header("BridgeType");
        return ctx.onCore(() -> {
            ctx.reply(AmiResponse.listAck("Bridge listing will follow"));
            int count = 0;
            for (Bridge b : pbx.bridges().all()) {
                BridgeSnapshot s = b.snapshot();
                if (!filter.isEmpty() && !filter.equals(s.technology())) {
                    continue;
                }
                StringBuilder item = new StringBuilder(512).append("Event: BridgeListItem\r\n");
                if (!ctx.actionId().isEmpty()) {
                    item.append("ActionID: ").append(ctx.actionId()).append("\r\n");
                }
                BridgeBlock.append(item, s).append("\r\n");
                ctx.send(item.toString());
                count++;
            }
            ctx.send(AmiLists.complete("BridgeListComplete", ctx.actionId(), count));
        });
    }
}
