package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * A hangup handler was pushed on a channel, popped off it, or is about to run
 * (pbx_hangup_handler.c publish_hangup_handler_message).
 *
 * @param action  {@code push}, {@code pop} or {@code run}
 * @param handler the handler's subroutine, {@code context,exten,priority[(args)]}
 */
public record HangupHandlerChanged(ChannelSnapshot channel, String action, String handler) implements PbxEvent {
}
