package org.switchboard.manager.channel.control;

import org.switchboard.pbx.channel.SimChannel;

/** Which audio directions of a channel are muted (MuteAudio); a channel attachment. */
public final class MutedAudio {
    private boolean in;
    private boolean out;

    /** mute_channel: false for a direction other than in, out or all (compared as written). */
    static boolean apply(SimChannel c, String direction, boolean mute) {
        boolean read;
        boolean write;
        switch (direction) {
            case "in": read = true; write = false; break;
            case "out": read = false; write = true; break;
            case "all": read = true; write = true; break;
            default: return false;
        }
        MutedAudio m = c.attachmentOr(MutedAudio.class, ch -> new MutedAudio());
        if (read) {
            m.in = mute;
        }
        if (write) {
            m.out = mute;
        }
        return true;
    }

    /** Whether what the channel receives is muted. */
    public static boolean inMuted(SimChannel c) {
        MutedAudio m = c.attachment(MutedAudio.class);
        return m != null && m.in;
    }

    /** Whether what the channel sends is muted. */
    public static boolean outMuted(SimChannel c) {
        MutedAudio m = c.attachment(MutedAudio.class);
        return m != null && m.out;
    }
}
