package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/** A Local channel optimization finished (core_local.c local_optimization_finished_cb). */
public record LocalOptimizationFinished(ChannelSnapshot one, ChannelSnapshot two, boolean success, long id)
        implements PbxEvent {
}
