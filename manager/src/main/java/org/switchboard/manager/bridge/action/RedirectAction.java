package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.action.CNumbers;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.AfterBridge;
import org.switchboard.pbx.bridge.AsyncGoto;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * Redirect (spec 02 §4.2, §3.4; manager.c action_redirect): one channel, or two (ExtraChannel), sent
 * to a dialplan location with an async goto; a bridged channel leaves its bridge (the other side of a
 * two-party basic bridge is hung up unless it is redirected too), a channel running dialplan
 * continues there, any other is yanked into a new channel that starts the dialplan.
 */
final class RedirectAction implements ActionHandler {
    private final Pbx pbx;

    RedirectAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "Redirect"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() { return "Redirect (transfer) a call."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> redirect(ctx));
    }

    private void redirect(ActionContext ctx) {
        String name = ctx.header("Channel");
        String name2 = ctx.header("ExtraChannel");
        String exten = ctx.header("Exten");
        String exten2 = ctx.header("ExtraExten");
        String context = ctx.header("Context");
        String context2 = ctx.header("ExtraContext");
        String priority = ctx.header("Priority");
        String priority2 = ctx.header("ExtraPriority");
        if (name.isEmpty()) {
            ctx.reply(AmiResponse.error("Channel not specified"));
            return;
        }
        if (context.isEmpty()) {
            ctx.reply(AmiResponse.error("Context not specified"));
            return;
        }
        if (exten.isEmpty()) {
            ctx.reply(AmiResponse.error("Exten not specified"));
            return;
        }
        if (priority.isEmpty()) {
            ctx.reply(AmiResponse.error("Priority not specified"));
            return;
        }
        int pi = priority(context, exten, priority);
        if (pi < 1) {
            ctx.reply(AmiResponse.error("Priority is invalid"));
            return;
        }
        int pi2 = 0;
        if (!name2.isEmpty() && !context2.isEmpty()) {
            if (exten2.isEmpty()) {
                ctx.reply(AmiResponse.error("ExtraExten not specified"));
                return;
            }
            if (priority2.isEmpty()) {
                ctx.reply(AmiResponse.error("ExtraPriority not specified"));
                return;
            }
            pi2 = priority(context2, exten2, priority2);
            if (pi2 < 1) {
                ctx.reply(AmiResponse.error("ExtraPriority is invalid"));
                return;
            }
        }
        SimChannel chan = pbx.channels().find(name).orElse(null);
        if (chan == null) {
            ctx.reply(AmiResponse.error("Channel does not exist: " + name));
            return;
        }
        if (chan.checkHangup()) {
            ctx.reply(AmiResponse.error("Redirect failed, channel not up."));
            return;
        }
        if (name2.isEmpty()) {
            if (go(chan, context, exten, pi) == 0) {
                ctx.reply(AmiResponse.success("Redirect successful"));
            } else {
                ctx.reply(AmiResponse.error("Redirect failed"));
            }
            return;
        }
        SimChannel chan2 = pbx.channels().find(name2).orElse(null);
        if (chan2 == null) {
            ctx.reply(AmiResponse.error("ExtraChannel does not exist: " + name2));
            return;
        }
        if (chan2.checkHangup()) {
            ctx.reply(AmiResponse.error("Redirect failed, extra channel not up."));
            return;
        }
        // both gotos are set in this one core task, so neither bridge member can leave before the
        // other is redirected too (what AST_FLAG_BRIDGE_DUAL_REDIRECT_WAIT ensures in Asterisk)
        if (go(chan, context, exten, pi) != 0) {
            ctx.reply(AmiResponse.error("Redirect failed"));
            return;
        }
        int res = context2.isEmpty() ? go(chan2, context, exten, pi) : go(chan2, context2, exten2, pi2);
        if (res == 0) {
            ctx.reply(AmiResponse.success("Dual Redirect successful"));
        } else {
            ctx.reply(AmiResponse.error("Secondary redirect failed"));
        }
    }

    /** sscanf "%30d", else the label (ast_findlabel_extension); below 1 is invalid. */
    private int priority(String context, String exten, String text) {
        Integer n = CNumbers.scanInt(text);
        if (n != null) {
            return n;
        }
        return pbx.dialplan().findLabel(context, exten, text, null, pbx.clock().now());
    }

    /** async_goto_with_discard_bridge_after. */
    private int go(SimChannel chan, String context, String exten, int priority) {
        AfterBridge.discardGoto(chan);
        return AsyncGoto.go(pbx, chan, context, exten, priority);
    }
}
