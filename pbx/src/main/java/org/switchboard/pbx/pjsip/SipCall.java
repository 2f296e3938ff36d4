package org.switchboard.pbx.pjsip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.pbx.core.Cancellable;

/**
 * The SIP session behind one PJSIP channel, attached to it: which endpoint's phone is on the other
 * end, who placed the call, what the phone has done so far, and the phone's pending timers.
 */
final class SipCall {
    final String endpoint;
    /** The phone placed the call (Asterisk received the INVITE). */
    final boolean phoneIsCaller;
    final PhoneBehaviour behaviour;
    /** The dialog's Call-ID. */
    final String callId;
    Duration hangupAfter;
    String dtmf;
    /** The INVITE was answered with 200 OK (by the phone or by Asterisk). */
    boolean answered;
    /** The session is over; the channel was told to hang up, or is gone. */
    boolean ended;
    /** Asterisk put the phone on hold (chan_pjsip's hold list: the device shows ONHOLD). */
    boolean heldByAsterisk;
    /** The phone put the call on hold. */
    boolean heldByPhone;
    /** The final error response the phone sent, 0 for none (chan_pjsip's dialed cause code). */
    int errorResponse;
    private final List<Cancellable> timers = new ArrayList<>();

    SipCall(String endpoint, boolean phoneIsCaller, PhoneBehaviour behaviour, String callId) {
        this.endpoint = endpoint;
        this.callId = callId;
        this.phoneIsCaller = phoneIsCaller;
        this.behaviour = behaviour;
        this.hangupAfter = behaviour.hangupAfter();
        this.dtmf = behaviour.dtmf();
    }

    void timer(Cancellable c) {
        timers.add(c);
    }

    void cancelTimers() {
        timers.forEach(Cancellable::cancel);
        timers.clear();
    }
}
