package org.switchboard.pbx.presence;

import java.util.Objects;

/**
 * A presence: the state with its subtype and message. Where Asterisk distinguishes a missing
 * subtype or message (NULL) from an empty one, so does this record: providers and the cache answer
 * null for "none", published messages always carry strings.
 *
 * @param state   the state
 * @param subtype the subtype, or null
 * @param message the message, or null
 */
public record Presence(PresenceState state, String subtype, String message) {
    /** What a provider answers when it cannot tell. */
    public static final Presence INVALID = new Presence(PresenceState.INVALID, null, null);

    public Presence {
        Objects.requireNonNull(state, "state");
    }

    /** The subtype, "" when there is none. */
    public String subtypeText() {
        return subtype == null ? "" : subtype;
    }

    /** The message, "" when there is none. */
    public String messageText() {
        return message == null ? "" : message;
    }

    /** A copy with null for empty subtype and message (what the cache hands out). */
    Presence emptyAsNull() {
        return new Presence(state, blankToNull(subtype), blankToNull(message));
    }

    /** A copy with "" for a missing subtype or message (what a published message carries). */
    Presence nullAsEmpty() {
        return new Presence(state, subtypeText(), messageText());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
