package org.switchboard.pbx.apps.control;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.apps.Jumps;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.dialplan.GotoTarget;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.PbxRun;

/**
 * ChannelRedirect(channel,[[context,]exten,]priority) (app_channelredirect.c): sends another
 * channel elsewhere in the dialplan, as Redirect does; CHANNELREDIRECT_STATUS is SUCCESS or
 * NOCHANNEL. Limit: only a channel that runs dialplan or is bridged can be sent (Asterisk also
 * takes over idle channels by masquerade).
 */
final class ChannelRedirect implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "ChannelRedirect";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        AppArgs args = AppArgs.standard(data, 2);
        if (data.isEmpty() || CStrings.isEmpty(args.get(0)) || CStrings.isEmpty(args.get(1))) {
            log.warn("ChannelRedirect requires an argument (channel,[[context,]exten,]priority)");
            return HANGUP;
        }
        SimChannel target = ctx.pbx().channels().find(args.get(0)).orElse(null);
        if (target == null) {
            log.warn("No such channel: {}", args.get(0));
            ctx.channel().set("CHANNELREDIRECT_STATUS", "NOCHANNEL");
            return CONTINUE;
        }
        int res = asyncGoto(ctx.pbx(), target, args.get(1));
        ctx.channel().set("CHANNELREDIRECT_STATUS", "SUCCESS");
        return Application.result(res);
    }

    /**
     * ast_async_parseable_goto: a channel running dialplan or in a bridge gets the new location
     * and the ASYNCGOTO soft hangup that makes it go there; -1 for others or a bad target.
     */
    static int asyncGoto(Pbx pbx, SimChannel c, String label) {
        GotoTarget t = GotoTarget.parse(label, new GotoTarget.Position(c.context(), c.exten(), c.priority(),
                c.caller().numberValid() ? c.caller().number() : null), pbx.dialplan(), pbx.clock().now());
        if (t == null) {
            return -1;
        }
        if (PbxRun.of(c) == null && c.bridgeId().isEmpty()) {
            log.warn("ChannelRedirect: {} runs no dialplan; only such channels can be redirected here", c.name());
            return -1;
        }
        // ast_async_goto adds one in an autoloop, ast_explicit_goto takes it off again
        GotoTarget adjusted = new GotoTarget(t.context(), t.exten(),
                t.priority() > -1 && c.inAutoloop() ? t.priority() + 1 : t.priority());
        Jumps.explicitGoto(c, adjusted);
        c.softHangupQuietly(SoftHangup.ASYNCGOTO);
        return 0;
    }
}
