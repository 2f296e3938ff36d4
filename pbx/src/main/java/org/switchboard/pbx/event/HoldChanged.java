package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/** A channel was put on hold ({@code onHold}) or taken off it; {@code musicClass} may be "". */
public record HoldChanged(ChannelSnapshot channel, boolean onHold, String musicClass) implements PbxEvent {
}
