package org.switchboard.pbx.channel;

/**
 * Whoever currently "reads" a channel (an application, the dialer, a bridge), told of each frame
 * after the channel's own processing of it (answer sets the state, hangup sets the cause).
 */
@FunctionalInterface
public interface FrameReader {
    void onFrame(SimChannel channel, Frame frame);
}
