package org.switchboard.manager.channel.control;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.switchboard.config.AstBool;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.media.SendDtmf;
import org.switchboard.protocol.AmiResponse;

/**
 * PlayDTMF (spec 02 §4.2; app_senddtmf.c manager_play_dtmf): with {@code Receive: true} the digit
 * is queued as if the caller had pressed it (DTMFEnd, Direction: Received, when the channel reads
 * it); otherwise it goes straight to the channel's technology for its duration (at least 100 ms,
 * in PBX time) before the response, with no DTMF event on that channel.
 */
final class PlayDtmfAction implements ActionHandler {
    private final Pbx pbx;

    PlayDtmfAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "PlayDTMF"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() { return "Play DTMF signal on a specific channel."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String name = ctx.header("Channel");
        String digit = ctx.header("Digit");
        String duration = ctx.header("Duration");
        boolean receive = AstBool.isTrue(ctx.header("Receive"));
        return pbx.core().submit(() -> {
            SimChannel c = pbx.channels().find(name).orElse(null);
            if (c == null) {
                ctx.reply(AmiResponse.error("Channel not found"));
                return CompletableFuture.<Void>completedFuture(null);
            }
            if (digit.isEmpty()) {
                ctx.reply(AmiResponse.error("No digit specified"));
                return CompletableFuture.<Void>completedFuture(null);
            }
            long ms = 0;
            if (!duration.isEmpty()) {
                CScan.IntScan n = CScan.scanDecimal(duration, 0, 30);
                if (n == null) {
                    ctx.reply(AmiResponse.error("Could not convert Duration parameter"));
                    return CompletableFuture.<Void>completedFuture(null);
                }
                ms = n.value() & 0xffffffffL;   // %u
            }
            if (receive) {
                c.queueFrame(Frame.dtmfEnd(digit.charAt(0), ms));
                ctx.reply(AmiResponse.success("DTMF successfully queued"));
                return CompletableFuture.<Void>completedFuture(null);
            }
            // ast_senddigit_external sleeps for the digit's length before the action answers
            int length = (int) Math.min(ms, Integer.MAX_VALUE);
            return SendDtmf.sendDigit(c, digit.charAt(0), length)
                    .thenRun(() -> ctx.reply(AmiResponse.success("DTMF successfully queued")));
        }).thenCompose(f -> f);
    }
}
