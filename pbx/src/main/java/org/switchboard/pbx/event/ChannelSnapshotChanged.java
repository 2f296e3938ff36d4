package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * A channel published a new snapshot (stasis channel snapshot update). {@code previous} is null
 * for a new channel; {@code current.dead()} marks the final snapshot of a channel that hung up.
 */
public record ChannelSnapshotChanged(ChannelSnapshot previous, ChannelSnapshot current) implements PbxEvent {
}
