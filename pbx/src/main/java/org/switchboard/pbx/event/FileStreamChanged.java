package org.switchboard.pbx.event;

import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * A sound file started or stopped playing on a channel (file.c ast_streamfile / ast_stopstream:
 * the CEL STREAM_BEGIN and STREAM_END events). {@code sound}, {@code format} and {@code language}
 * are set for a begin only.
 */
public record FileStreamChanged(ChannelSnapshot channel, boolean begin, String sound, String format,
                                String language) implements PbxEvent {
}
