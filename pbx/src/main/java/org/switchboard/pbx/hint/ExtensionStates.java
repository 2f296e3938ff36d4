package org.switchboard.pbx.hint;

import org.switchboard.pbx.devstate.DeviceState;

/**
 * Extension states (spec 02 §5.4; pbx.h enum ast_extension_states): bit values, so a ringing
 * extension that is also in use is {@code INUSE | RINGING} = 9.
 */
public final class ExtensionStates {
    /** The extension was removed. */
    public static final int REMOVED = -2;
    /** No hint, or the hint was removed. */
    public static final int DEACTIVATED = -1;
    public static final int NOT_INUSE = 0;
    public static final int INUSE = 1;
    public static final int BUSY = 2;
    public static final int UNAVAILABLE = 4;
    public static final int RINGING = 8;
    public static final int ONHOLD = 16;

    private ExtensionStates() { }

    /** pbx.c ast_devstate_to_extenstate. */
    public static int fromDevice(DeviceState state) {
        switch (state) {
            case ONHOLD: return ONHOLD;
            case BUSY: return BUSY;
            case UNAVAILABLE:
            case INVALID: return UNAVAILABLE;
            case RINGINUSE: return INUSE | RINGING;
            case RINGING: return RINGING;
            case INUSE: return INUSE;
            default: return NOT_INUSE;
        }
    }

    /** pbx.c ast_extension_state2str: the StatusText of events and actions ("Unknown" otherwise). */
    public static String text(int state) {
        switch (state) {
            case NOT_INUSE: return "Idle";
            case INUSE: return "InUse";
            case BUSY: return "Busy";
            case UNAVAILABLE: return "Unavailable";
            case RINGING: return "Ringing";
            case INUSE | RINGING: return "InUse&Ringing";
            case ONHOLD: return "Hold";
            case INUSE | ONHOLD: return "InUse&Hold";
            default: return "Unknown";
        }
    }

    /** func_extstate.c ast_extstate_str: what EXTENSION_STATE() returns ("UNKNOWN" otherwise). */
    public static String functionText(int state) {
        switch (state) {
            case NOT_INUSE: return "NOT_INUSE";
            case INUSE: return "INUSE";
            case BUSY: return "BUSY";
            case UNAVAILABLE: return "UNAVAILABLE";
            case RINGING: return "RINGING";
            case INUSE | RINGING: return "RINGINUSE";
            case INUSE | ONHOLD: return "HOLDINUSE";
            case ONHOLD: return "ONHOLD";
            default: return "UNKNOWN";
        }
    }
}
