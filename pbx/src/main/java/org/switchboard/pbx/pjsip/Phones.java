package org.switchboard.pbx.pjsip;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.CallerIdParser;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.Holds;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.exec.PbxRun;

/**
 * The simulated phones behind the endpoints: how a phone answers when Asterisk calls it (its
 * {@link PhoneBehaviour}), what it does once a call is up (hang up after a while, send DTMF), and
 * what it can be told to do (place a call into the dialplan, hang up, answer, reject, send DTMF,
 * hold). Everything a phone does reaches Asterisk as chan_pjsip would turn the SIP message into
 * channel activity. Core thread only.
 */
public final class Phones {
    /** pjsip's INVITE transaction timeout (Timer B, 64 × T1) when the phone never answers. */
    static final Duration INVITE_TIMEOUT = Duration.ofSeconds(32);

    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.pjsip");

    private final Pbx pbx;
    private final PjsipDriver driver;
    private final PjsipEndpoints endpoints;

    Phones(Pbx pbx, PjsipDriver driver, PjsipEndpoints endpoints) {
        this.pbx = pbx;
        this.driver = driver;
        this.endpoints = endpoints;
    }

    /** What a call placed by a phone may change from the phone's settings; null fields keep them. */
    public record CallOptions(String uniqueId, Duration hangupAfter, String dtmf) {
        public static final CallOptions NONE = new CallOptions(null, null, null);
    }

    // ---- Asterisk calls a phone ----

    /** The INVITE reached the phone: it rings, answers or refuses as its behaviour says. */
    void called(SimChannel channel, SipCall call) {
        PhoneBehaviour b = call.behaviour;
        boolean ringFirst = b.ringing() && (b.mode() == PhoneBehaviour.Mode.ANSWER
                || b.mode() == PhoneBehaviour.Mode.NOANSWER || !b.delay().isZero());
        switch (b.mode()) {
            case ANSWER:
                ringFirst(channel, call, ringFirst);
                after(call, b.delay(), () -> answer(channel, call));
                break;
            case BUSY:
                ringFirst(channel, call, ringFirst);
                after(call, b.delay(), () -> reject(channel, call, 486));
                break;
            case REJECT:
                ringFirst(channel, call, ringFirst);
                after(call, b.delay(), () -> reject(channel, call, b.rejectCode()));
                break;
            case NOANSWER:
                ringFirst(channel, call, ringFirst);
                break;
            default:
                // nothing answers the INVITE: pjsip's transaction times out (408)
                after(call, INVITE_TIMEOUT, () -> driver.sessionEnded(channel, 408));
                break;
        }
    }

    private void ringFirst(SimChannel channel, SipCall call, boolean ring) {
        if (ring) {
            pbx.core().execute(() -> ringing(channel, call));
        }
    }

    /** 180 Ringing (chan_pjsip_incoming_response): RINGING queued, then the Ringing state. */
    private void ringing(SimChannel channel, SipCall call) {
        if (call.ended || call.answered || channel.isHungUp()) {
            return;
        }
        channel.queueFrame(Frame.control(Control.RINGING));
        if (channel.state() != ChannelState.UP) {
            channel.setState(ChannelState.RINGING);
        }
    }

    /** 200 OK: ANSWER queued; the phone's after-answer script starts. */
    private void answer(SimChannel channel, SipCall call) {
        if (call.ended || call.answered || channel.isHungUp()) {
            return;
        }
        call.answered = true;
        channel.queueFrame(Frame.control(Control.ANSWER));
        afterAnswer(channel, call);
    }

    /** A final error response to the INVITE: the session ends with it. */
    private void reject(SimChannel channel, SipCall call, int status) {
        if (call.ended || call.answered || channel.isHungUp()) {
            return;
        }
        call.errorResponse = status;
        driver.sessionEnded(channel, status);
    }

    /** Once a call is up: hang up after {@code hangup_after}, send the DTMF script. */
    void afterAnswer(SimChannel channel, SipCall call) {
        if (!call.hangupAfter.isZero()) {
            after(call, call.hangupAfter, () -> driver.sessionEnded(channel, 200));
        }
        if (!call.dtmf.isEmpty()) {
            PhoneBehaviour b = call.behaviour;
            sendDigits(channel, call, call.dtmf, b.dtmfDelay(), b.dtmfDuration(), b.dtmfGap());
        }
    }

    /** RFC 4733 digits: DTMF begin, then end after {@code duration}; the next after {@code gap}. */
    private void sendDigits(SimChannel channel, SipCall call, String digits, Duration start, Duration duration,
                            Duration gap) {
        Duration at = start;
        for (char d : digits.toCharArray()) {
            char digit = Character.toUpperCase(d);
            after(call, at, () -> channel.queueFrame(Frame.dtmfBegin(digit)));
            after(call, at.plus(duration), () -> channel.queueFrame(Frame.dtmfEnd(digit, duration.toMillis())));
            at = at.plus(duration).plus(gap);
        }
    }

    private void after(SipCall call, Duration delay, Runnable task) {
        Runnable guarded = () -> {
            if (!call.ended) {
                task.run();
            }
        };
        if (delay.isZero()) {
            pbx.core().execute(guarded);
        } else {
            call.timer(pbx.core().schedule(delay, guarded));
        }
    }

    // ---- what a phone can be told to do ----

    /**
     * The phone of {@code endpoint} dials {@code exten}: a new {@code PJSIP/<endpoint>-n} channel
     * in the Ring state, with the endpoint's caller id (or the phone's From), in the endpoint's
     * context, running the dialplan (chan_pjsip_incoming_request, pbx_start_incoming_request).
     * Refused for an unknown or switched-off endpoint, and with 404 when the extension does not
     * exist (res_pjsip_session.c new_invite).
     */
    public SimChannel placeCall(String endpointName, String exten, CallOptions options) throws PhoneRequestException {
        EndpointConfig endpoint = endpoints.endpoint(endpointName)
                .orElseThrow(() -> new PhoneRequestException("No such endpoint: " + endpointName));
        PhoneBehaviour b = endpoints.behaviour(endpointName);
        if (b.mode() == PhoneBehaviour.Mode.OFFLINE) {
            throw new PhoneRequestException("Endpoint " + endpointName + " is offline");
        }
        String target = exten == null || exten.isEmpty() ? "s" : exten;
        Party caller = callerOf(endpoint, b);
        String callerNumber = caller.numberValid() ? caller.number() : null;
        if (!pbx.extensionExists(endpoint.context(), target, 1, callerNumber)) {
            log.info("Call from '{}' to extension '{}' rejected because extension not found in context '{}'.",
                    endpointName, target, endpoint.context());
            throw new PhoneRequestException("Extension " + target + " not found in context " + endpoint.context()
                    + " (404 Not Found)");
        }
        SimChannel channel = driver.newChannel(endpoint, ChannelState.RING, target, caller, null,
                options.uniqueId(), endpoint.formats(), true);
        SipCall call = channel.attachment(SipCall.class);
        if (options.hangupAfter() != null) {
            call.hangupAfter = options.hangupAfter();
        }
        if (options.dtmf() != null) {
            call.dtmf = options.dtmf();
        }
        channel.set("SIPDOMAIN", b.domain());
        PbxRun.start(pbx, channel);
        return channel;
    }

    /**
     * res_pjsip.c ast_sip_set_id_from_invite for an untrusted phone: the endpoint's callerid, and
     * when it has no number the From header's user and display name.
     */
    private static Party callerOf(EndpointConfig endpoint, PhoneBehaviour b) {
        Party configured = endpoint.callerId();
        if (configured.numberValid()) {
            return configured;
        }
        String user = endpoint.name();
        String display = "";
        if (!b.from().isEmpty()) {
            CallerIdParser.CallerId from = CallerIdParser.parse(b.from());
            if (from.number() != null && !from.number().isEmpty()) {
                user = from.number();
            }
            display = from.name() == null ? "" : from.name();
        }
        return new Party(user, display, true, configured.nameValid() || !display.isEmpty());
    }

    /**
     * The phone hangs up: BYE on an answered call, CANCEL (487) on a call it placed that is not
     * answered yet, a decline ({@code reject_code}) on a call ringing at it.
     */
    public void hangup(SimChannel channel) throws PhoneRequestException {
        SipCall call = live(channel);
        if (call.answered) {
            driver.sessionEnded(channel, 200);
        } else if (call.phoneIsCaller) {
            driver.sessionEnded(channel, 487);
        } else {
            reject(channel, call, call.behaviour.rejectCode());
        }
    }

    /** The phone answers a call ringing at it (200 OK). */
    public void answer(SimChannel channel) throws PhoneRequestException {
        SipCall call = live(channel);
        if (call.phoneIsCaller || call.answered) {
            throw new PhoneRequestException("No call is ringing at " + channel.name());
        }
        call.cancelTimers();
        answer(channel, call);
    }

    /** The phone refuses a call ringing at it with a SIP status (400-699). */
    public void reject(SimChannel channel, int status) throws PhoneRequestException {
        SipCall call = live(channel);
        if (call.phoneIsCaller || call.answered) {
            throw new PhoneRequestException("No call is ringing at " + channel.name());
        }
        if (status < 400 || status > 699) {
            throw new PhoneRequestException("A SIP status from 400 to 699 is needed, not " + status);
        }
        reject(channel, call, status);
    }

    /** The phone sends DTMF digits on an answered call (0-9, *, #, A-D). */
    public void sendDtmf(SimChannel channel, String digits, Duration duration) throws PhoneRequestException {
        SipCall call = live(channel);
        if (!call.answered) {
            throw new PhoneRequestException("Call on " + channel.name() + " is not answered");
        }
        if (digits.isEmpty() || PhoneBehaviour.problem("dtmf", digits).isPresent()) {
            throw new PhoneRequestException("Digits may be only 0-9, *, # and A-D");
        }
        PhoneBehaviour b = call.behaviour;
        sendDigits(channel, call, digits.toUpperCase(java.util.Locale.ROOT), Duration.ZERO,
                duration == null ? b.dtmfDuration() : duration, b.dtmfGap());
    }

    /**
     * The phone puts the call on hold or takes it off (a re-INVITE, res_pjsip_sdp_rtp.c):
     * ast_queue_hold with the endpoint's {@code moh_suggest} (Hold) or ast_queue_unhold (Unhold).
     */
    public void hold(SimChannel channel, boolean on) throws PhoneRequestException {
        SipCall call = live(channel);
        if (!call.answered) {
            throw new PhoneRequestException("Call on " + channel.name() + " is not answered");
        }
        if (call.heldByPhone == on) {
            return;
        }
        call.heldByPhone = on;
        if (on) {
            Holds.queueHold(channel, endpoints.endpoint(call.endpoint).map(EndpointConfig::mohSuggest).orElse(""));
        } else {
            Holds.queueUnhold(channel);
        }
    }

    /**
     * The call a request is about: a PJSIP channel by name, else the newest call of an endpoint
     * named with or without {@code PJSIP/}.
     */
    public Optional<SimChannel> find(String channelOrEndpoint) {
        Optional<SimChannel> byName = pbx.channels().byName(channelOrEndpoint)
                .filter(c -> c.attachment(SipCall.class) != null);
        if (byName.isPresent()) {
            return byName;
        }
        String endpoint = channelOrEndpoint.regionMatches(true, 0, "PJSIP/", 0, 6)
                ? channelOrEndpoint.substring(6) : channelOrEndpoint;
        List<SimChannel> calls = endpoints.channelsOf(endpoint);
        return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
    }

    private static SipCall live(SimChannel channel) throws PhoneRequestException {
        SipCall call = channel.attachment(SipCall.class);
        if (call == null || call.ended || channel.isHungUp()) {
            throw new PhoneRequestException("No call on " + channel.name());
        }
        return call;
    }
}
