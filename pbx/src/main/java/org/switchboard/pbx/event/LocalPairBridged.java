package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/** The ;1 half of a Local pair was called and its ;2 half starts (core_local.c local_call). */
public record LocalPairBridged(ChannelSnapshot one, ChannelSnapshot two, String context, String exten,
                               boolean canOptimize) implements PbxEvent {
}
