package org.switchboard.pbx.channel;

import java.util.List;
import java.util.Map;

import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.dialplan.eval.GlobalVariables;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.time.Clock;

/** What a channel needs from the PBX around it. */
public interface ChannelHost {
    CoreLoop core();

    Clock clock();

    void publish(PbxEvent event);

    ChannelRegistry channels();

    GlobalVariables globals();

    /** The manager.conf channelvars, evaluated on this channel for a snapshot (spec 02 §1.3). */
    List<Map.Entry<String, String>> managerVariables(SimChannel channel);

    /** ast_setstate and channel destruction re-evaluate the channel's device (spec 02 §2.6). */
    void deviceMayHaveChanged(SimChannel channel);

    /** The channel is gone (counters, registry). */
    void channelDestroyed(SimChannel channel);

    /** ast_channel_bridge_peer: the other channel of the two-party bridge {@code channel} is in, or null. */
    default SimChannel bridgePeer(SimChannel channel) {
        return null;
    }
}
