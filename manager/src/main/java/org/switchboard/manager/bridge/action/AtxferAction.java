package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * Atxfer (spec 02 §4.2; manager.c action_atxfer): queues the features.conf atxfer code and the
 * extension as DTMF on the channel (TRANSFER_CONTEXT set first when Context is given). Without an
 * atxfer code (the default) it fails with "No attended transfer feature code found".
 */
final class AtxferAction implements ActionHandler {
    private final Pbx pbx;

    AtxferAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "Atxfer"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() { return "Attended transfer."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String context = ctx.header("Context");
        return Lookups.onTransferer(ctx, pbx, (chan, exten) -> {
            String code = pbx.bridges().features().attendedTransfer();
            if (code.isEmpty()) {
                ctx.reply(AmiResponse.error("No attended transfer feature code found"));
                return;
            }
            if (!context.isEmpty()) {
                chan.set("TRANSFER_CONTEXT", context);
            }
            queueDigits(chan, code);
            queueDigits(chan, exten);
            ctx.reply(AmiResponse.success("Atxfer successfully queued"));
        });
    }

    /** Each digit as an AST_FRAME_DTMF (a DTMF end) on the channel's read queue. */
    static void queueDigits(SimChannel chan, String digits) {
        for (char d : digits.toCharArray()) {
            chan.queueFrame(Frame.dtmfEnd(d, 0));
        }
    }
}
