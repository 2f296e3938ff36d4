package org.switchboard.pbx.apps.dial;

import org.switchboard.pbx.channel.SimChannel;

/**
 * The MAX_FORWARDS count of a channel (max_forwards.c): 20 unless inherited; each Dial leg gets
 * one less than its caller, and a caller at 0 cannot dial (which ends Local channel loops).
 */
record MaxForwards(int value) {
    /** DEFAULT_MAX_FORWARDS. */
    static final int DEFAULT = 20;

    static int of(SimChannel chan) {
        MaxForwards m = chan.attachment(MaxForwards.class);
        return m == null ? DEFAULT : m.value();
    }

    static void set(SimChannel chan, int value) {
        chan.attach(MaxForwards.class, new MaxForwards(value));
    }
}
