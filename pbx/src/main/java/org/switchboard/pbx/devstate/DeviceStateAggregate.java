package org.switchboard.pbx.devstate;

/**
 * Combines device states as devicestate.c ast_devstate_aggregate does: the highest ranked state
 * wins (INVALID &lt; UNKNOWN &lt; UNAVAILABLE &lt; NOT_INUSE &lt; ONHOLD &lt; RINGING &lt; INUSE &lt; BUSY
 * &lt; RINGINUSE), and RINGING together with INUSE, ONHOLD or BUSY gives RINGINUSE.
 */
public final class DeviceStateAggregate {
    private boolean any;
    private boolean ringing;
    private boolean inUse;
    private DeviceState best = DeviceState.INVALID;

    public void add(DeviceState s) {
        any = true;
        if (s == DeviceState.RINGING) {
            ringing = true;
        }
        if (s == DeviceState.INUSE || s == DeviceState.ONHOLD || s == DeviceState.BUSY) {
            inUse = true;
        }
        if (rank(s) > rank(best)) {
            best = s;
        }
    }

    public DeviceState result() {
        if (!any) {
            return DeviceState.INVALID;
        }
        if (ringing && inUse) {
            return DeviceState.RINGINUSE;
        }
        return best;
    }

    private static int rank(DeviceState s) {
        switch (s) {
            case INVALID: return 0;
            case UNKNOWN: return 1;
            case UNAVAILABLE: return 2;
            case NOT_INUSE: return 3;
            case ONHOLD: return 4;
            case RINGING: return 5;
            case INUSE: return 6;
            case BUSY: return 7;
            case RINGINUSE: return 8;
            default: return 0;
        }
    }
}
