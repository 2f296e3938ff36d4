package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * A variable was assigned (pbx_builtin_setvar_helper). {@code channel} is null for a global
 * variable; it is the channel's last published snapshot otherwise.
 */
public record VariableSet(ChannelSnapshot channel, String name, String value) implements PbxEvent {
}
