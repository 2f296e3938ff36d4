package org.switchboard.pbx.pjsip;

import java.util.Map;

import org.switchboard.pbx.channel.HangupCause;

/**
 * The two translations chan_pjsip makes between SIP status codes and Q.850 hangup causes
 * (spec 02 §3.3; res_pjsip.c ast_sip_hangup_sip2cause, chan_pjsip.c hangup_cause2sip).
 */
public final class SipCauses {
    private static final Map<Integer, Integer> SIP_TO_CAUSE = Map.ofEntries(
            Map.entry(302, 23), Map.entry(401, 21), Map.entry(403, 21), Map.entry(404, 1),
            Map.entry(405, 127), Map.entry(407, 21), Map.entry(408, 18), Map.entry(409, 41),
            Map.entry(410, 22), Map.entry(411, 127), Map.entry(413, 127), Map.entry(414, 127),
            Map.entry(415, 127), Map.entry(420, 3), Map.entry(480, 19), Map.entry(481, 127),
            Map.entry(482, 127), Map.entry(483, 19), Map.entry(484, 28), Map.entry(485, 1),
            Map.entry(486, 17), Map.entry(487, 127), Map.entry(488, 58), Map.entry(491, 127),
            Map.entry(493, 127), Map.entry(500, 38), Map.entry(501, 29), Map.entry(502, 27),
            Map.entry(503, 34), Map.entry(504, 102), Map.entry(505, 127), Map.entry(600, 17),
            Map.entry(603, 21), Map.entry(604, 1), Map.entry(606, 58));

    private static final Map<Integer, Integer> CAUSE_TO_SIP = Map.ofEntries(
            Map.entry(23, 302), Map.entry(1, 404), Map.entry(3, 404), Map.entry(2, 404),
            Map.entry(34, 503), Map.entry(42, 503), Map.entry(18, 408), Map.entry(19, 480),
            Map.entry(20, 480), Map.entry(21, 403), Map.entry(22, 410), Map.entry(31, 480),
            Map.entry(28, 484), Map.entry(17, 486), Map.entry(38, 500), Map.entry(29, 501),
            Map.entry(66, 503), Map.entry(27, 502), Map.entry(58, 488), Map.entry(127, 500));

    private SipCauses() { }

    /** ast_sip_hangup_sip2cause: the cause a SIP final response stands for. */
    public static int causeOf(int sipStatus) {
        Integer known = SIP_TO_CAUSE.get(sipStatus);
        if (known != null) {
            return known;
        }
        if (sipStatus >= 400 && sipStatus < 500) {
            return HangupCause.INTERWORKING;
        }
        if (sipStatus >= 500 && sipStatus < 600) {
            return HangupCause.CONGESTION;
        }
        if (sipStatus >= 600 && sipStatus < 700) {
            return HangupCause.INTERWORKING;
        }
        return HangupCause.NORMAL_CLEARING;
    }

    /** hangup_cause2sip: the SIP status chan_pjsip sends for a cause, 0 for none (16, 0, unlisted). */
    public static int sipStatusOf(int cause) {
        return CAUSE_TO_SIP.getOrDefault(cause, 0);
    }
}
