package org.switchboard.pbx.bridge;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.exec.PbxRun;

/**
 * Bridging a caller with the peer it dialed (features.c ast_bridge_call): the caller is answered,
 * a basic bridge is created, the peer imparted first and the caller joined; when the caller leaves
 * the stage completes with 0 if it left for an async goto, else -1 after the end-of-bridge
 * callback ran.
 */
public final class BridgeCall {
    /**
     * ast_bridge_config: the DTMF features of each side and what to run when the bridge ends.
     */
    public record Config(Set<CallFeature> callerFeatures, Set<CallFeature> calleeFeatures, Runnable endCallback) {
        public Config {
            callerFeatures = callerFeatures.isEmpty() ? Set.of() : EnumSet.copyOf(callerFeatures);
            calleeFeatures = calleeFeatures.isEmpty() ? Set.of() : EnumSet.copyOf(calleeFeatures);
        }
    }

    private BridgeCall() { }

    /** ast_bridge_call. */
    public static CompletableFuture<Integer> call(Pbx pbx, SimChannel chan, SimChannel peer, Config config) {
        String noAnswer = chan.get("BRIDGE_NOANSWER");
        if (preBridgeSetup(chan, peer, config, noAnswer != null && !noAnswer.isEmpty()) != 0) {
            failedPeerGoto(pbx, peer);
            return CompletableFuture.completedFuture(-1);
        }
        Bridge bridge = pbx.bridges().createBasic();
        if (bridge.impart(peer, null, BridgeFeatures.create(), true) != 0) {
            bridge.destroy(0);
            failedPeerGoto(pbx, peer);
            return CompletableFuture.completedFuture(-1);
        }
        return bridge.join(chan, null, BridgeFeatures.create(), true).thenApply(r -> {
            int res = (chan.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0 ? 0 : -1;
            if (res != 0 && config.endCallback() != null) {
                config.endCallback().run();
            }
            return res;
        });
    }

    /** pre_bridge_setup. */
    private static int preBridgeSetup(SimChannel chan, SimChannel peer, Config config, boolean noAnswer) {
        EnumSet<CallFeature> caller = EnumSet.noneOf(CallFeature.class);
        caller.addAll(config.callerFeatures());
        EnumSet<CallFeature> callee = EnumSet.noneOf(CallFeature.class);
        callee.addAll(config.calleeFeatures());
        BridgeFeaturesVariable.apply(chan.get("BRIDGE_FEATURES"), caller, callee);
        if (chan.state() == ChannelState.RINGING) {
            peer.indicate(Control.RINGING);
        }
        if (!noAnswer && chan.state() != ChannelState.UP && chan.answer() != 0) {
            return -1;
        }
        CallFeature.grant(chan, caller);
        CallFeature.grant(peer, callee);
        return 0;
    }

    /** bridge_failed_peer_goto: the peer goes to its after-bridge location, or is hung up. */
    private static void failedPeerGoto(Pbx pbx, SimChannel peer) {
        if (AfterBridge.setupGoto(pbx, peer) != 0) {
            peer.hangup();
            return;
        }
        PbxRun.start(pbx, peer);
    }
}
