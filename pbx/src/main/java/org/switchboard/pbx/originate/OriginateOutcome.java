package org.switchboard.pbx.originate;

import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * How an originate ended once dialing was over.
 *
 * @param success the channel answered (ast_pbx_outgoing_* returned 0)
 * @param reason the old originate reason (pbx.c pbx_dial_reason): 4 answered, 5 busy, 8 congestion,
 *               3 no answer, 1 hung up, 0 failed
 * @param channel the answered channel's snapshot at that moment, null when none answered
 */
public record OriginateOutcome(boolean success, int reason, ChannelSnapshot channel) {
}
