package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/** An outbound leg was called. {@code caller} is null when the dial API dialed without one (Originate). */
public record DialStarted(ChannelSnapshot caller, ChannelSnapshot peer, String dialString) implements PbxEvent {
}
