package org.switchboard.pbx.dial;

/** How a dial attempt ended (dial.h enum ast_dial_result, the final values). */
public enum DialResult {
    /** Nothing could even be called. */
    FAILED,
    /** A leg answered. */
    ANSWERED,
    /** Every leg went away unanswered (busy, congestion, hung up). */
    UNANSWERED,
    /** The timeout ran out. */
    TIMEOUT,
    /** The dialing was cancelled (the caller went away). */
    HANGUP
}
