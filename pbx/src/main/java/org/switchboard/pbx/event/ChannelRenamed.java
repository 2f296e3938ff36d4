package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

public record ChannelRenamed(ChannelSnapshot channel, String oldName, String newName) implements PbxEvent {
}
