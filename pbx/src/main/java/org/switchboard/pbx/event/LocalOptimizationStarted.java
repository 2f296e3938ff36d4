package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * The two halves of a Local channel begin to optimize themselves out (core_local.c
 * local_optimization_started_cb).
 *
 * @param source    the channel moved into the other bridge (null for a merge)
 * @param destOwner whether the destination bridge is the {@code ;1} half's
 * @param id        the optimization's number
 */
public record LocalOptimizationStarted(ChannelSnapshot one, ChannelSnapshot two, ChannelSnapshot source,
                                       boolean destOwner, long id) implements PbxEvent {
}
