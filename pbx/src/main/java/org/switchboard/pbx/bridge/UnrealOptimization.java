package org.switchboard.pbx.bridge;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.log.Verbose;

/**
 * Optimizing the two halves of an unreal (Local) channel out of the media path (bridge.c
 * ast_bridge_unreal_optimize_out): when each half is in a bridge, the party bridged with one half
 * is moved into the other half's bridge in its place (a swap), and the halves leave.
 * Only the swap is simulated; Asterisk's merge of two bigger bridges is not.
 */
public final class UnrealOptimization {
    /** ast_unreal_pvt_callbacks. */
    public interface Callbacks {
        /** optimization_started: {@code source} moves; {@code destOwner}: into the ;1 half's bridge. */
        void started(SimChannel source, boolean destOwner, long id);

        /** optimization_finished. */
        void finished(boolean success, long id);
    }

    private UnrealOptimization() { }

    /**
     * ast_bridge_unreal_optimize_out with {@code chan} the half media is written to and
     * {@code peer} the other. Returns -1 when optimized out, 0 otherwise.
     */
    public static int optimizeOut(Pbx pbx, SimChannel chan, SimChannel peer, SimChannel owner, Callbacks callbacks) {
        BridgeChannel chanBc = BridgeChannel.of(chan);
        BridgeChannel peerBc = BridgeChannel.of(peer);
        if (chanBc == null || peerBc == null || !chanBc.allowsOptimization() || !peerBc.allowsOptimization()
                || !chanBc.bridge().allowsOptimization() || !peerBc.bridge().allowsOptimization()) {
            return 0;
        }
        if (chan.checkHangup() || peer.checkHangup()) {
            return 0;
        }
        int res = trySwap(pbx, chanBc.bridge(), chanBc, peerBc.bridge(), peerBc, owner, callbacks);
        return res < 0 ? -1 : 0;
    }

    private enum Swap { PROHIBITED, TO_CHAN_BRIDGE, TO_PEER_BRIDGE }

    /** bridges_allow_swap_optimization (basic bridges all have merge priority 0). */
    private static Swap allowSwap(Bridge chanBridge, Bridge peerBridge) {
        boolean chanFree = !chanBridge.has(BridgeFlag.SWAP_INHIBIT_TO) && !chanBridge.has(BridgeFlag.SWAP_INHIBIT_FROM)
                && !chanBridge.has(BridgeFlag.TRANSFER_BRIDGE_ONLY);
        boolean peerFree = !peerBridge.has(BridgeFlag.SWAP_INHIBIT_TO) && !peerBridge.has(BridgeFlag.SWAP_INHIBIT_FROM)
                && !peerBridge.has(BridgeFlag.TRANSFER_BRIDGE_ONLY);
        if (chanFree && peerFree) {
            if (chanBridge.size() == 2) {
                return Swap.TO_PEER_BRIDGE;
            } else if (peerBridge.size() == 2) {
                return Swap.TO_CHAN_BRIDGE;
            }
        } else if (chanBridge.size() == 2 && !chanBridge.has(BridgeFlag.SWAP_INHIBIT_FROM)
                && !chanBridge.has(BridgeFlag.TRANSFER_BRIDGE_ONLY) && !peerBridge.has(BridgeFlag.SWAP_INHIBIT_TO)) {
            return Swap.TO_PEER_BRIDGE;
        } else if (peerBridge.size() == 2 && !peerBridge.has(BridgeFlag.SWAP_INHIBIT_FROM)
                && !peerBridge.has(BridgeFlag.TRANSFER_BRIDGE_ONLY) && !chanBridge.has(BridgeFlag.SWAP_INHIBIT_TO)) {
            return Swap.TO_CHAN_BRIDGE;
        }
        return Swap.PROHIBITED;
    }

    /** try_swap_optimize_out: 1 could not, 0 not possible, -1 optimized out. */
    private static int trySwap(Pbx pbx, Bridge chanBridge, BridgeChannel chanBc, Bridge peerBridge,
                               BridgeChannel peerBc, SimChannel owner, Callbacks callbacks) {
        Bridge dst;
        BridgeChannel dstBc;
        BridgeChannel srcBc;
        switch (allowSwap(chanBridge, peerBridge)) {
            case TO_CHAN_BRIDGE:
                dst = chanBridge;
                dstBc = chanBc;
                srcBc = peerBc;
                break;
            case TO_PEER_BRIDGE:
                dst = peerBridge;
                dstBc = peerBc;
                srcBc = chanBc;
                break;
            default:
                return 0;
        }
        SimChannel otherChan = srcBc.bridge().peer(srcBc.channel());
        BridgeChannel other = otherChan == null ? null : BridgeChannel.of(otherChan);
        if (other == null || other.state() != BridgeChannel.State.WAIT) {
            return 1;
        }
        long id = pbx.bridges().nextOptimizationId();
        Verbose.log(org.slf4j.LoggerFactory.getLogger("org.switchboard.pbx.bridge"), 4,
                "Move-swap optimizing " + dstBc.channel().name() + " <-- " + other.channel().name() + ".");
        if (callbacks != null) {
            callbacks.started(other.channel(), dstBc.channel() == owner, id);
        }
        int res = 1;
        other.swapChannel(dstBc.channel());
        if (dst.moveIn(other, true, true) == 0) {
            srcBc.leave(BridgeChannel.State.END_NO_DISSOLVE, HangupCause.NORMAL_CLEARING);
            res = -1;
        }
        if (callbacks != null) {
            // core_unreal passes "res == 1" as the success flag (so a completed swap reports No)
            callbacks.finished(res == 1, id);
        }
        return res;
    }
}
