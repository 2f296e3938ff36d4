package org.switchboard.manager.bridge.action;

import org.switchboard.manager.action.ActionContext;
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

    /** ast_bridge_find_by_id; null after replying "Specified BridgeUniqueid not found". Core thread. */
    static Bridge bridge(ActionContext ctx, Pbx pbx, String id) {
        Bridge b = pbx.bridges().find(id).orElse(null);
        if (b == null) {
            ctx.reply(AmiResponse.error("Specified BridgeUniqueid not found"));
        }
        return b;
    }
}
