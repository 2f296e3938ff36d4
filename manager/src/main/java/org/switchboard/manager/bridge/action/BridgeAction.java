package org.switchboard.manager.bridge.action;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.AfterBridge;
import org.switchboard.pbx.bridge.Bridge;
import org.switchboard.pbx.bridge.BridgeAdd;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.protocol.AmiResponse;

/**
 * Bridge (spec 02 §4.3; features.c action_bridge): two channels, found by name prefix, are put in a
 * new basic bridge, each returning afterwards to where it was in the dialplan (the next priority
 * when it was running one). A channel in another bridge is moved; any other is yanked first, which
 * shows as a Surrogate channel. The Tone header's sound is not simulated.
 */
final class BridgeAction implements ActionHandler {
    private final Pbx pbx;

    BridgeAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "Bridge"; }
    @Override public int requiredWrite() { return PermissionClass.CALL.mask(); }
    @Override public String synopsis() { return "Bridge two channels already in the PBX."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String a = ctx.header("Channel1");
        String b = ctx.header("Channel2");
        if (a.isEmpty() || b.isEmpty()) {
            ctx.reply(AmiResponse.error("Missing channel parameter in request"));
            return DONE;
        }
        return ctx.onCore(() -> {
            SimChannel chanA = byPrefix(a);
            if (chanA == null) {
                ctx.reply(AmiResponse.error("Channel1 does not exist: " + a));
                return;
            }
            String contextA = chanA.context();
            String extenA = chanA.exten();
            int priorityA = chanA.priority() + (chanA.inAutoloop() ? 1 : 0);
            SimChannel chanB = byPrefix(b);
            if (chanB == null) {
                ctx.reply(AmiResponse.error("Channel2 does not exist: " + b));
                return;
            }
            String contextB = chanB.context();
            String extenB = chanB.exten();
            int priorityB = chanB.priority() + (chanB.inAutoloop() ? 1 : 0);
            Bridge bridge = pbx.bridges().createBasic();
            AfterBridge.setGoto(chanA, contextA, extenA, priorityA);
            if (BridgeAdd.add(pbx, bridge, chanA) != 0) {
                ctx.reply(AmiResponse.error("Unable to add Channel1 to bridge: " + chanA.name()));
                bridge.destroy(0);
                return;
            }
            AfterBridge.setGoto(chanB, contextB, extenB, priorityB);
            if (BridgeAdd.add(pbx, bridge, chanB) != 0) {
                ctx.reply(AmiResponse.error("Unable to add Channel2 to bridge: " + chanB.name()));
                bridge.destroy(0);
                return;
            }
            ctx.reply(AmiResponse.success("Channels have been bridged"));
        });
    }

    /** ast_channel_get_by_name_prefix: a name starting so (without case), else that Uniqueid. */
    private SimChannel byPrefix(String prefix) {
        List<SimChannel> named = pbx.channels().byNamePrefix(prefix);
        if (!named.isEmpty()) {
            return named.get(0);
        }
        return pbx.channels().byUniqueId(prefix).orElse(null);
    }
}
