package org.switchboard.pbx.presence;

/**
 * Presence states (spec 02 §5.6; presencestate.c state2string), in Asterisk's numbering.
 * INVALID is no state a user can set: it says a provider could not answer, and prints as "".
 */
public enum PresenceState {
    NOT_SET("not_set", 1),
    UNAVAILABLE("unavailable", 3),
    AVAILABLE("available", 2),
    AWAY("away", 5),
    XA("xa", 6),
    CHAT("chat", 4),
    DND("dnd", 7),
    INVALID("", 0);

    private final String text;
    private final int rank;

    PresenceState(String text, int rank) {
        this.text = text;
        this.rank = rank;
    }

    /** ast_presence_state2str: the name events and actions print ("" for INVALID). */
    public String text() {
        return text;
    }

    /**
     * The order in which several providers of one hint are combined (ast_presence_state_helper):
     * INVALID &lt; NOT_SET &lt; AVAILABLE &lt; UNAVAILABLE &lt; CHAT &lt; AWAY &lt; XA &lt; DND.
     */
    int rank() {
        return rank;
    }

    /** ast_presence_state_val: a state name ignoring case, INVALID for anything else. */
    public static PresenceState parse(String text) {
        for (PresenceState s : values()) {
            if (s != INVALID && s.text.equalsIgnoreCase(text)) {
                return s;
            }
        }
        return INVALID;
    }
}
