package org.switchboard.pbx.pjsip;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelDriver;
import org.switchboard.pbx.channel.ChannelRequest;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.devstate.DeviceState;

/**
 * The PJSIP channel technology over simulated phones (chan_pjsip.c with res_pjsip_session.c):
 * channels named {@code PJSIP/<endpoint>-<8 hex digits>} from one counter, dial strings
 * {@code endpoint}, {@code endpoint/<sip uri>} and {@code user@endpoint}, the device state of an
 * endpoint from its reachability and its channels, and the causes chan_pjsip gives when a SIP
 * session ends. What the phone on the far side does is {@link Phones}' part.
 */
public final class PjsipDriver implements ChannelDriver {
    public static final String TECH = "PJSIP";
    /** The first RTP packet after a 200 OK (ast_answer waits for media). */
    static final Duration FIRST_MEDIA = Duration.ofMillis(20);
    /** AST_CAUSE_CHANNEL_UNACCEPTABLE. */
    private static final int CHANNEL_UNACCEPTABLE = 6;

    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.pjsip");

    private final Pbx pbx;
    private final PjsipEndpoints endpoints;
    private final Phones phones;
    /** chan_pjsip.c chan_idx: one per channel, from 0, printed as 8 hex digits. */
    private int channelIndex;

    public PjsipDriver(Pbx pbx) {
        this.pbx = pbx;
        this.endpoints = new PjsipEndpoints(pbx);
        this.phones = new Phones(pbx, this, endpoints);
    }

    /** The PJSIP driver registered in {@code pbx}, if there is one. */
    public static Optional<PjsipDriver> of(Pbx pbx) {
        return pbx.driver(TECH).filter(PjsipDriver.class::isInstance).map(PjsipDriver.class::cast);
    }

    public PjsipEndpoints endpoints() {
        return endpoints;
    }

    public Phones phones() {
        return phones;
    }

    @Override
    public String tech() {
        return TECH;
    }

    /**
     * chan_pjsip request(): finds the endpoint (exactly, else the part after '@' of
     * {@code user@endpoint}), then a contact to call; an unknown endpoint or one with no reachable
     * contact (and no explicit URI) fails with cause 3, as ast_sip_session_create_outgoing does.
     */
    @Override
    public ChannelRequest.Result request(ChannelRequest request) {
        String data = request.data();
        if (data.isEmpty()) {
            log.error("Unable to create PJSIP channel with empty destination");
            return ChannelRequest.Result.failed(CHANNEL_UNACCEPTABLE);
        }
        int slash = data.indexOf('/');
        String endpointPart = slash < 0 ? data : data.substring(0, slash);
        String location = slash < 0 ? "" : data.substring(slash + 1);
        if (endpointPart.isEmpty()) {
            log.error("Unable to create PJSIP channel with empty endpoint name");
            return ChannelRequest.Result.failed(CHANNEL_UNACCEPTABLE);
        }
        EndpointConfig endpoint = endpoints.endpoint(endpointPart).orElse(null);
        if (endpoint == null) {
            int at = endpointPart.indexOf('@');
            if (at < 0) {
                log.error("Unable to create PJSIP channel - endpoint '{}' was not found", endpointPart);
                return ChannelRequest.Result.failed(HangupCause.NO_ROUTE_DESTINATION);
            }
            String name = endpointPart.substring(at + 1);
            if (name.isEmpty()) {
                log.error("Unable to create PJSIP channel with empty endpoint name: {}@<endpoint-name>",
                        endpointPart.substring(0, at));
                return ChannelRequest.Result.failed(CHANNEL_UNACCEPTABLE);
            }
            endpoint = endpoints.endpoint(name).orElse(null);
            if (endpoint == null) {
                log.error("Unable to create PJSIP channel - endpoint '{}' was not found", name);
                return ChannelRequest.Result.failed(HangupCause.NO_ROUTE_DESTINATION);
            }
        }
        if (!canReach(endpoint, location)) {
            log.error("Failed to create outgoing session to endpoint '{}'", endpoint.name());
            return ChannelRequest.Result.failed(HangupCause.NO_ROUTE_DESTINATION);
        }
        SimChannel channel = newChannel(endpoint, ChannelState.DOWN, null, endpoint.callerId(),
                request.requestorLinkedId(), request.uniqueId(), jointFormats(request.requestor(), endpoint), false);
        return ChannelRequest.Result.of(channel);
    }

    /**
     * ast_sip_session_create_outgoing: an available contact of the AORs named (the endpoint's
     * {@code aors} unless the dial string gave a location), else the location itself as a URI.
     */
    private boolean canReach(EndpointConfig endpoint, String location) {
        String where = location.isEmpty() ? endpoint.aors() : location;
        for (String aor : where.split(",")) {
            for (Contact c : endpoints.contactsOf(aor.strip())) {
                if (endpoints.status(c).available()) {
                    return true;
                }
            }
        }
        if (where.isEmpty()) {
            log.error("Endpoint '{}': No URI available.  Is endpoint registered?", endpoint.name());
            return false;
        }
        String uri = where.startsWith("<") ? where.substring(1) : where;
        String lower = uri.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("sip:") && !lower.startsWith("sips:")) {
            log.error("Endpoint '{}': Could not create dialog to invalid URI '{}'.  Is endpoint registered and reachable?",
                    endpoint.name(), where);
            return false;
        }
        return true;
    }

    /**
     * The outbound leg's formats: those the requesting channel has and the endpoint allows, in the
     * requester's order; the endpoint's own when none is common (res_pjsip_session.c joint caps
     * with transcoding allowed).
     */
    private static List<String> jointFormats(SimChannel requestor, EndpointConfig endpoint) {
        if (requestor == null) {
            return endpoint.formats();
        }
        List<String> joint = new ArrayList<>();
        for (String f : requestor.nativeFormats()) {
            if (endpoint.formats().contains(f)) {
                joint.add(f);
            }
        }
        return joint.isEmpty() ? endpoint.formats() : joint;
    }

    /**
     * chan_pjsip_new: allocates the channel (its first snapshot already carries the caller id and
     * account code), sets formats, DNID and language in one staged update, then the endpoint's
     * {@code set_var} variables.
     */
    SimChannel newChannel(EndpointConfig endpoint, ChannelState state, String exten, Party caller, String linkedId,
                          String uniqueId, List<String> formats, boolean phoneIsCaller) {
        String name = "PJSIP/" + endpoint.name() + "-" + String.format("%08x", channelIndex++);
        SimChannel channel = SimChannel.allocate(pbx, this, name, state, endpoint.context(), exten, linkedId, uniqueId,
                pbx.uniqueIdPrefix(), c -> {
                    c.setCaller(caller);
                    c.setAccountCode(endpoint.accountCode());
                });
        pbx.channelCreated();
        // pjsip makes a random UUID; a name-based one keeps runs repeatable
        String callId = UUID.nameUUIDFromBytes(("call " + channel.uniqueId()).getBytes(StandardCharsets.ISO_8859_1))
                .toString();
        channel.attach(SipCall.class,
                new SipCall(endpoint.name(), phoneIsCaller, endpoints.behaviour(endpoint.name()), callId));
        channel.stageSnapshot();
        channel.nativeFormats(formats);
        if (exten != null && !exten.isEmpty()) {
            channel.setDnid(exten);
        }
        if (!endpoint.language().isEmpty()) {
            channel.setLanguage(endpoint.language());
        }
        channel.unstageSnapshot();
        for (Map.Entry<String, String> v : endpoint.channelVariables()) {
            channel.set(v.getKey(), v.getValue());
        }
        return channel;
    }

    /**
     * chan_pjsip_call: the INVITE goes out; a caller id on the channel is queued as the initial
     * connected line (update_initial_connected_line); the phone then answers as it is set to.
     */
    @Override
    public boolean call(SimChannel channel, String destination) {
        SipCall call = channel.attachment(SipCall.class);
        if (call == null || call.ended) {
            return false;
        }
        if (channel.caller().numberValid() || channel.caller().nameValid()) {
            channel.queueFrame(Frame.control(Control.CONNECTED_LINE));
        }
        phones.called(channel, call);
        return true;
    }

    @Override
    public Duration firstMediaAfterAnswer() {
        return FIRST_MEDIA;
    }

    /** chan_pjsip_answer: Asterisk answers a call the phone placed (200 OK). */
    @Override
    public void answered(SimChannel channel) {
        SipCall call = channel.attachment(SipCall.class);
        if (call != null && call.phoneIsCaller && !call.answered && !call.ended) {
            call.answered = true;
            phones.afterAnswer(channel, call);
        }
    }

    /**
     * chan_pjsip_indicate: ringing and progress re-evaluate the device; busy and congestion on a
     * call the phone placed are final responses (486, 503) that end the session; hold and unhold
     * put the channel on and off the hold list (the device shows ONHOLD).
     */
    @Override
    public void indicate(SimChannel channel, Control condition) {
        SipCall call = channel.attachment(SipCall.class);
        if (call == null || call.ended) {
            return;
        }
        switch (condition) {
            case RINGING:
            case PROGRESS:
                endpoints.deviceMayHaveChanged(call.endpoint);
                break;
            case BUSY:
                finalResponse(channel, call, 486);
                break;
            case CONGESTION:
                finalResponse(channel, call, 503);
                break;
            case HOLD:
            case UNHOLD:
                call.heldByAsterisk = condition == Control.HOLD;
                endpoints.deviceMayHaveChanged(call.endpoint);
                break;
            default:
                break;
        }
    }

    /**
     * The response goes out on the session's serializer and the session ends once it is on the
     * wire: after the burst the indication belongs to (the app's Newstate) and after the device
     * state work that burst queued, as Asterisk's devstate thread reports BUSY while the response
     * is on its way.
     */
    private void finalResponse(SimChannel channel, SipCall call, int status) {
        if (channel.state() == ChannelState.UP || !call.phoneIsCaller || call.answered) {
            return;
        }
        pbx.core().execute(() -> pbx.core().executeWhenIdle(() -> sessionEnded(channel, status)));
    }

    /** chan_pjsip_hangup: the SIP cause of the hangup cause becomes the tech cause if none was stored. */
    @Override
    public void hangup(SimChannel channel) {
        SipCall call = channel.attachment(SipCall.class);
        if (call == null) {
            return;
        }
        call.cancelTimers();
        call.ended = true;
        if (channel.techCause() == 0) {
            channel.setTechCause(SipCauses.sipStatusOf(channel.hangupCause()));
        }
    }

    /** chan_pjsip_sendtext: text goes to the phone in a MESSAGE. */
    @Override
    public boolean sendText(SimChannel channel, String text) {
        return channel.attachment(SipCall.class) != null;
    }

    /** chan_pjsip_get_uniqueid: the SIP dialog's Call-ID. */
    @Override
    public String pvtUniqueId(SimChannel channel) {
        SipCall call = channel.attachment(SipCall.class);
        return call == null ? "" : call.callId;
    }

    @Override
    public DeviceState deviceState(Pbx p, String data) {
        return endpoints.deviceState(data);
    }

    /**
     * chan_pjsip_session_end: the SIP session is over ({@code inviteStatus}: the INVITE session's
     * final status, 200 after a BYE). The channel's cause comes from the phone's error response,
     * else the one it has, else the SIP status; the tech cause likewise; then a hangup is queued
     * (HangupRequest).
     */
    void sessionEnded(SimChannel channel, int inviteStatus) {
        SipCall call = channel.attachment(SipCall.class);
        if (call == null || call.ended || channel.isHungUp()) {
            return;
        }
        call.ended = true;
        call.cancelTimers();
        call.heldByAsterisk = false;
        channel.setHangupSource(channel.name());
        int existingCause = channel.hangupCause();
        int existingTech = channel.techCause();
        int cause = existingCause;
        int tech = existingTech;
        if (call.errorResponse / 100 > 2) {
            tech = call.errorResponse;
            cause = SipCauses.causeOf(call.errorResponse);
        }
        if (tech == 0 && inviteStatus / 100 > 2) {
            tech = inviteStatus;
        }
        if (cause == 0 && tech > 0) {
            cause = SipCauses.causeOf(tech);
        }
        if (cause != existingCause) {
            channel.setHangupCause(cause);
        }
        if (tech == 0) {
            tech = SipCauses.sipStatusOf(cause);
        }
        if (tech != existingTech && tech / 100 > 2) {
            channel.setTechCause(tech);
        }
        channel.queueHangup(null);
    }
}
