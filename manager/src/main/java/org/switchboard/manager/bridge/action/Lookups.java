package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.Bridge;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/** The lookups the bridging actions start with; a miss is answered with the action's own text. */
final class Lookups {
    private Lookups() { }

    /** ast_channel_get_by_name; null after replying {@code notFound}. Core thread. */
    static SimChannel channel(ActionContext ctx, Pbx pbx, String name, String notFound) {
        SimChannel c = pbx.channels().find(name).orElse(null);
        if (c == null) {
            ctx.reply(AmiResponse.error(notFound));
        }
        return c;
    }

    /**
     * For the actions about the bridge named by BridgeUniqueid (BridgeInfo, BridgeDestroy): the
     * header must be there and the bridge exist (manager_bridges.c texts); then {@code action}
     * runs on the core with it.
     */
    static CompletionStage<Void> onBridge(ActionContext ctx, Pbx pbx, Consumer<Bridge> action) {
        String id = ctx.header("BridgeUniqueid");
        if (id.isEmpty()) {
            ctx.reply(AmiResponse.error("BridgeUniqueid must be provided"));
            return ActionHandler.DONE;
        }
        return ctx.onCore(() -> {
            Bridge bridge = bridge(ctx, pbx, id);
            if (bridge != null) {
                action.accept(bridge);
            }
        });
    }

    /**
     * For the transfer actions (BlindTransfer, Atxfer): Channel and Exten must be given and the
     * channel exist (manager.c texts); then {@code action} runs on the core with the channel and
     * the extension.
     */
    static CompletionStage<Void> onTransferer(ActionContext ctx, Pbx pbx, BiConsumer<SimChannel, String> action) {
        String name = ctx.header("Channel");
        String exten = ctx.header("Exten");
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("No channel specified"));
            return ActionHandler.DONE;
        }
        if (exten.isEmpty()) {
            ctx.reply(AmiResponse.error("No extension specified"));
            return ActionHandler.DONE;
        }
        return ctx.onCore(() -> {
            SimChannel chan = channel(ctx, pbx, name, "Channel specified does not exist");
            if (chan != null) {
                action.accept(chan, exten);
            }
        });
    }

    /** ast_bridge_find_by_id; null after replying "Specified BridgeUniqueid not found". Core thread. */
    static Bridge bridge(ActionContext ctx, Pbx pbx, String id) {
        Bridge b = pbx.bridges().find(id).orElse(null);
        if (b == null) {
            ctx.reply(AmiResponse.error("Specified BridgeUniqueid not found"));
        }
        return b;
    }
}
