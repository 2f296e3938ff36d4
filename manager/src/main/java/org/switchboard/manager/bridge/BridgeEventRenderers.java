package org.switchboard.manager.bridge;

import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.ChannelBlock;
import org.switchboard.manager.channel.PbxEventRenderer;
import org.switchboard.manager.channel.PbxEventTranslator;
import org.switchboard.pbx.event.BlindTransferred;
import org.switchboard.pbx.event.BridgeCreated;
import org.switchboard.pbx.event.BridgeDestroyed;
import org.switchboard.pbx.event.BridgeEntered;
import org.switchboard.pbx.event.BridgeLeft;
import org.switchboard.pbx.event.LocalOptimizationFinished;
import org.switchboard.pbx.event.LocalOptimizationStarted;

/**
 * The bridge, transfer and Local optimization events (spec 02 §2.3, §2.4; manager_bridges.c,
 * stasis_bridges.c blind_transfer_to_ami, core_local.c local_message_to_ami). All class call.
 */
public final class BridgeEventRenderers {
    private static final int CALL = PermissionClass.CALL.mask();

    private BridgeEventRenderers() { }

    public static void registerAll(PbxEventTranslator t) {
        t.register(BridgeCreated.class, CREATE)
                .register(BridgeDestroyed.class, DESTROY)
                .register(BridgeEntered.class, ENTER)
                .register(BridgeLeft.class, LEAVE)
                .register(BlindTransferred.class, BLIND_TRANSFER)
                .register(LocalOptimizationStarted.class, OPTIMIZATION_BEGIN)
                .register(LocalOptimizationFinished.class, OPTIMIZATION_END);
    }

    /** BridgeCreate (manager_bridges.c bridge_create). */
    static final PbxEventRenderer<BridgeCreated> CREATE = (e, out) ->
            out.publish("BridgeCreate", CALL, BridgeBlock.append(new StringBuilder(256), e.bridge()).toString());

    /** BridgeDestroy with the last snapshot (manager_bridges.c bridge_destroy). */
    static final PbxEventRenderer<BridgeDestroyed> DESTROY = (e, out) ->
            out.publish("BridgeDestroy", CALL, BridgeBlock.append(new StringBuilder(256), e.bridge()).toString());

    /** BridgeEnter: bridge, channel, SwapUniqueid when it replaced one (channel_enter_cb). */
    static final PbxEventRenderer<BridgeEntered> ENTER = (e, out) -> {
        StringBuilder b = BridgeBlock.append(new StringBuilder(1024), e.bridge());
        ChannelBlock.append(b, e.channel());
        if (e.swapUniqueId() != null) {
            b.append("SwapUniqueid: ").append(e.swapUniqueId()).append("\r\n");
        }
        out.publish("BridgeEnter", CALL, b.toString());
    };

    /** BridgeLeave (channel_leave_cb). */
    static final PbxEventRenderer<BridgeLeft> LEAVE = (e, out) -> {
        StringBuilder b = BridgeBlock.append(new StringBuilder(1024), e.bridge());
        ChannelBlock.append(b, e.channel());
        out.publish("BridgeLeave", CALL, b.toString());
    };

    /** BlindTransfer (stasis_bridges.c blind_transfer_to_ami). */
    static final PbxEventRenderer<BlindTransferred> BLIND_TRANSFER = (e, out) -> {
        StringBuilder b = new StringBuilder(2048);
        b.append("Result: ").append(e.result()).append("\r\n");
        ChannelBlock.append(b, "Transferer", e.transferer());
        if (e.transferee() != null) {
            ChannelBlock.append(b, "Transferee", e.transferee());
        }
        if (e.bridge() != null) {
            BridgeBlock.append(b, e.bridge());
        }
        b.append("IsExternal: ").append(e.external() ? "Yes" : "No").append("\r\n");
        b.append("Context: ").append(e.context()).append("\r\n");
        b.append("Extension: ").append(e.exten()).append("\r\n");
        out.publish("BlindTransfer", CALL, b.toString());
    };

    /**
     * LocalOptimizationBegin. DestUniqueId is always the ;2 half's: Asterisk compares the JSON
     * value of "dest" (a pointer) with AST_UNREAL_OWNER (0), which never matches.
     */
    static final PbxEventRenderer<LocalOptimizationStarted> OPTIMIZATION_BEGIN = (e, out) -> {
        StringBuilder b = new StringBuilder(2048);
        ChannelBlock.append(b, "LocalOne", e.one());
        ChannelBlock.append(b, "LocalTwo", e.two());
        if (e.source() != null) {
            ChannelBlock.append(b, "Source", e.source());
        }
        b.append("DestUniqueId: ").append(e.two().uniqueId()).append("\r\n");
        b.append("Id: ").append(e.id()).append("\r\n");
        out.publish("LocalOptimizationBegin", CALL, b.toString());
    };

    /** LocalOptimizationEnd. */
    static final PbxEventRenderer<LocalOptimizationFinished> OPTIMIZATION_END = (e, out) -> {
        StringBuilder b = new StringBuilder(1024);
        ChannelBlock.append(b, "LocalOne", e.one());
        ChannelBlock.append(b, "LocalTwo", e.two());
        b.append("Success: ").append(e.success() ? "Yes" : "No").append("\r\n");
        b.append("Id: ").append(e.id()).append("\r\n");
        out.publish("LocalOptimizationEnd", CALL, b.toString());
    };
}
