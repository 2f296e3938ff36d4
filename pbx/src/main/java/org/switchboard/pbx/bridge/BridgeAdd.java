package org.switchboard.pbx.bridge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.exec.PbxRun;

/**
 * Putting a channel that someone else runs into a bridge (bridge.c ast_bridge_add_channel): a
 * bridged channel is moved over; any other is yanked (see {@link ChannelYank}), answered and
 * imparted.
 */
public final class BridgeAdd {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.bridge");

    private BridgeAdd() { }

    /** ast_bridge_add_channel; 0 on success, -1 on failure. */
    public static int add(Pbx pbx, Bridge bridge, SimChannel chan) {
        Bridge current = BridgeChannel.bridgeOf(chan);
        if (current != null) {
            BridgeChannel bc = BridgeChannel.of(chan);
            if (bridge.move(current, chan, null, true) != 0) {
                return -1;
            }
            current.dissolveCheckStolen(bc);
            return 0;
        }
        SimChannel yanked = ChannelYank.yank(pbx, chan);
        if (yanked == null) {
            log.warn("Could not gain control of channel {}", chan.name());
            return -1;
        }
        String noAnswer = yanked.get("BRIDGE_NOANSWER");
        if (noAnswer != null && !noAnswer.isEmpty()) {
            log.debug("Skipping answer on bridge target channel {}", chan.name());
        } else if (yanked.state() != ChannelState.UP) {
            yanked.answer();
        }
        if (bridge.impart(yanked, null, BridgeFeatures.create(), false) != 0) {
            if (PbxRun.of(yanked) == null) {
                yanked.hangup();
            }
            return -1;
        }
        return 0;
    }
}
