package org.switchboard.pbx.channel;

/** Channel states with their numbers and texts (spec 02 §5.2; channelstate.h, channel.c ast_state2str). */
public enum ChannelState {
    DOWN(0, "Down"),
    RESERVED(1, "Rsrvd"),
    OFF_HOOK(2, "OffHook"),
    DIALING(3, "Dialing"),
    RING(4, "Ring"),
    RINGING(5, "Ringing"),
    UP(6, "Up"),
    BUSY(7, "Busy"),
    DIALING_OFFHOOK(8, "Dialing Offhook"),
    PRERING(9, "Pre-ring"),
    MUTE(65536, "Mute");

    private final int number;
    private final String text;

    ChannelState(int number, String text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    /** ChannelStateDesc. */
    public String text() {
        return text;
    }
}
