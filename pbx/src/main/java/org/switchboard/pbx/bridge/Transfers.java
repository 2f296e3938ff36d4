package org.switchboard.pbx.bridge;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelRequest;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.event.BlindTransferred;

/**
 * Blind transfers (bridge.c ast_bridge_transfer_blind): in a two-party bridge the other party is
 * sent to the target with an async goto and the transferer leaves; in a bigger one a Local channel
 * to the target takes the transferer's place. Every attempt is announced (BlindTransfer).
 */
public final class Transfers {
    /** enum ast_transfer_result, as BlindTransfer's Result shows it. */
    public enum Result {
        FAIL("Fail"), INVALID("Invalid"), NOT_PERMITTED("Not Permitted"), SUCCESS("Success");

        private final String text;

        Result(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private Transfers() { }

    /**
     * ast_bridge_transfer_blind.
     *
     * @param external whether an external request (the AMI action) asked for it
     * @param onNewChannel told of the channel the transfer brings in (the transferee, or the Local
     *                     channel of a multi-party transfer) with whether it is the latter; may be null
     */
    public static Result blind(Pbx pbx, boolean external, SimChannel transferer, String exten, String context,
                               java.util.function.BiConsumer<SimChannel, Boolean> onNewChannel) {
        ChannelSnapshot transfererSnap = transferer.snapshot();
        Bridge bridge = acquireBridge(transferer);
        if (bridge == null) {
            return publish(pbx, Result.INVALID, transfererSnap, null, null, external, context, exten);
        }
        org.switchboard.pbx.bridge.BridgeSnapshot bridgeSnap = bridge.snapshot();
        SimChannel transferee = bridge.peer(transferer);
        ChannelSnapshot transfereeSnap = transferee == null ? null : transferee.snapshot();
        BridgeChannel bc = BridgeChannel.of(transferer);
        if (bc == null) {
            return publish(pbx, Result.INVALID, transfererSnap, transfereeSnap, bridgeSnap, external, context, exten);
        }
        bc.writeUnhold();
        List<SimChannel> channels = new ArrayList<>(bridge.channels());
        if (channels.size() <= 1) {
            return publish(pbx, Result.INVALID, transfererSnap, transfereeSnap, bridgeSnap, external, context, exten);
        }
        if (bridge.has(BridgeFlag.TRANSFER_PROHIBITED)) {
            return publish(pbx, Result.NOT_PERMITTED, transfererSnap, transfereeSnap, bridgeSnap, external, context,
                    exten);
        }
        boolean wholeBridge = bridge.has(BridgeFlag.TRANSFER_BRIDGE_ONLY) || channels.size() > 2;
        setTransferVariables(transferer, channels, false);
        Result result;
        if (wholeBridge) {
            result = transferBridge(pbx, transferer, bridge, exten, context, onNewChannel);
        } else if (transferee == null) {
            result = Result.FAIL;
        } else {
            BridgeChannel transfereeBc = BridgeChannel.of(transferee);
            if (transfereeBc == null) {
                result = Result.FAIL;
            } else {
                if (onNewChannel != null) {
                    onNewChannel.accept(transferee, false);
                }
                // bridge_channel_blind_transfer, in the transferee's bridge thread
                transfereeBc.queueAction(() -> {
                    AsyncGoto.go(pbx, transferee, context, exten, 1);
                    transfereeBc.kick(HangupCause.NORMAL_CLEARING);
                });
                bridge.remove(transferer);
                result = Result.SUCCESS;
            }
        }
        return publish(pbx, result, transfererSnap, transfereeSnap, bridgeSnap, external, context, exten);
    }

    /** ast_bridge_transfer_acquire_bridge. */
    static Bridge acquireBridge(SimChannel chan) {
        Bridge b = BridgeChannel.bridgeOf(chan);
        if (b != null && (b.has(BridgeFlag.MASQUERADE_ONLY) || b.has(BridgeFlag.INVISIBLE))) {
            return null;
        }
        return b;
    }

    /**
     * set_transfer_variables_all: the transferer's BLINDTRANSFER takes its BRIDGEPEER, every other
     * member's the transferer's name; ATTENDEDTRANSFER is cleared.
     */
    private static void setTransferVariables(SimChannel transferer, List<SimChannel> channels, boolean attended) {
        String transfererName = transferer.name();
        String peer = transferer.get("BRIDGEPEER");
        for (SimChannel c : channels) {
            String value = c == transferer ? (peer == null ? "" : peer) : transfererName;
            c.set(attended ? "ATTENDEDTRANSFER" : "BLINDTRANSFER", value);
            c.set(attended ? "BLINDTRANSFER" : "ATTENDEDTRANSFER", null);
        }
    }

    /** blind_transfer_bridge: a Local channel to the target replaces the transferer. */
    private static Result transferBridge(Pbx pbx, SimChannel transferer, Bridge bridge, String exten, String context,
                                         java.util.function.BiConsumer<SimChannel, Boolean> onNewChannel) {
        String dest = exten + "@" + context;
        ChannelRequest.Result r = pbx.driver("Local").map(d -> d.request(new ChannelRequest(dest, transferer, null,
                null))).orElse(ChannelRequest.Result.failed(HangupCause.CHAN_NOT_IMPLEMENTED));
        if (!r.ok()) {
            return Result.FAIL;
        }
        SimChannel local = r.channel();
        // ast_channel_req_accountcodes with AST_CHANNEL_REQUESTOR_REPLACEMENT
        local.setAccountCode(transferer.accountCode());
        local.setPeerAccount(transferer.peerAccount());
        local.set("BLINDTRANSFER", transferer.name());
        if (onNewChannel != null) {
            onNewChannel.accept(local, true);
        }
        local.markOutgoing();
        if (!local.driver().call(local, dest)) {
            local.hangup();
            return Result.FAIL;
        }
        if (bridge.impart(local, transferer, null, false) != 0) {
            local.hangup();
            return Result.FAIL;
        }
        return Result.SUCCESS;
    }

    private static Result publish(Pbx pbx, Result result, ChannelSnapshot transferer, ChannelSnapshot transferee,
                                  org.switchboard.pbx.bridge.BridgeSnapshot bridge, boolean external, String context,
                                  String exten) {
        pbx.publish(new BlindTransferred(result.text(), transferer, transferee, bridge, external, context, exten));
        return result;
    }
}
