package org.switchboard.pbx.devstate;

import org.switchboard.pbx.channel.ChannelState;

/** Device states (spec 02 §5.5; devicestate.c devstatestring). */
public enum DeviceState {
    UNKNOWN("Unknown"),
    NOT_INUSE("Not in use"),
    INUSE("In use"),
    BUSY("Busy"),
    INVALID("Invalid"),
    UNAVAILABLE("Unavailable"),
    RINGING("Ringing"),
    RINGINUSE("Ring+Inuse"),
    ONHOLD("On Hold");

    private final String display;

    DeviceState(String display) {
        this.display = display;
    }

    /** The text CLI commands show ({@code name()} is what events carry). */
    public String display() {
        return display;
    }

    /** devicestate.c ast_state_chan2dev. */
    public static DeviceState fromChannel(ChannelState s) {
        switch (s) {
            case DOWN: return NOT_INUSE;
            case RINGING: case PRERING: return RINGING;
            case BUSY: return BUSY;
            default: return INUSE;
        }
    }

    /** Parses a state name as DEVICE_STATE() writes take them (ast_devstate_val), UNKNOWN otherwise. */
    public static DeviceState parse(String name) {
        for (DeviceState d : values()) {
            if (d.name().equalsIgnoreCase(name)) {
                return d;
            }
        }
        return UNKNOWN;
    }
}
