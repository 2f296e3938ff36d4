package org.switchboard.manager.channel.action;

import java.util.Optional;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * An optional {@code Channel} header (Getvar, Setvar): absent means "no channel" (globals),
 * present must name a live channel (ast_channel_get_by_name: by name, then by Uniqueid).
 */
final class ChannelArgument {
    private ChannelArgument() { }

    /**
     * The channel named by {@code name}: empty Optional for "no channel asked for"; null when a
     * channel was named that does not exist (the error is already replied). Core thread.
     */
    static Optional<SimChannel> resolve(ActionContext ctx, Pbx pbx, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<SimChannel> c = pbx.channels().find(name);
        if (c.isEmpty()) {
            ctx.reply(AmiResponse.error("No such channel"));
            return null;
        }
        return c;
    }
}
