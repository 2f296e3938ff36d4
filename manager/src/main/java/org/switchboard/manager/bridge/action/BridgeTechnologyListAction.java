package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.BridgeTechnology;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * BridgeTechnologyList (spec 02 §4.3; bridge.c manager_bridge_tech_list): one item per technology,
 * its ActionID last.
 */
final class BridgeTechnologyListAction implements ActionHandler {
    private final Pbx pbx;

    BridgeTechnologyListAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "BridgeTechnologyList"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "List available bridging technologies and their statuses."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> {
            ctx.reply(AmiResponse.listAck("Bridge technology listing will follow"));
            int count = 0;
            for (BridgeTechnology t : pbx.bridges().technologies()) {
                StringBuilder item = new StringBuilder(256).append("Event: BridgeTechnologyListItem\r\n");
                item.append("BridgeTechnology: ").append(t.name()).append("\r\n");
                item.append("BridgeType: ").append(t.type()).append("\r\n");
                item.append("BridgePriority: ").append(t.preference()).append("\r\n");
                item.append("BridgeSuspended: ").append(t.suspended() ? "Yes" : "No").append("\r\n");
                if (!ctx.actionId().isEmpty()) {
                    item.append("ActionID: ").append(ctx.actionId()).append("\r\n");
                }
                ctx.send(item.append("\r\n").toString());
                count++;
            }
            ctx.send(AmiLists.complete("BridgeTechnologyListComplete", ctx.actionId(), count));
        });
    }
}
