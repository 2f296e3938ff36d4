package org.switchboard.manager.bridge.action;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.Transfers;
import org.switchboard.protocol.AmiResponse;

/**
 * BlindTransfer (spec 02 §4.2; manager.c action_blind_transfer): the channel's bridge peer is sent
 * to Exten@Context (default: the channel's context) and the channel leaves; a BlindTransfer event
 * with IsExternal: Yes reports it.
 */
final class BlindTransferAction implements ActionHandler {
    private final Pbx pbx;

    BlindTransferAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "BlindTransfer"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() { return "Blind transfer channel(s) to the given destination"; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String context = ctx.header("Context");
        return Lookups.onTransferer(ctx, pbx, (chan, exten) -> {
            String ctxName = context.isEmpty() ? chan.context() : context;
            switch (Transfers.blind(pbx, true, chan, exten, ctxName, null)) {
                case NOT_PERMITTED:
                    ctx.reply(AmiResponse.error("Transfer not permitted"));
                    break;
                case INVALID:
                    ctx.reply(AmiResponse.error("Transfer invalid"));
                    break;
                case FAIL:
                    ctx.reply(AmiResponse.error("Transfer failed"));
                    break;
                default:
                    ctx.reply(AmiResponse.success("Transfer succeeded"));
            }
        });
    }
}
