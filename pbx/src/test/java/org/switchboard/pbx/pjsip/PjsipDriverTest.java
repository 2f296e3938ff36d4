package org.switchboard.pbx.pjsip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.channel.ChannelRequest;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.pbx.event.HangupRequested;

/**
 * chan_pjsip's request, naming, formats and the causes of a SIP session's end
 * (chan_pjsip.c request, chan_pjsip_new, chan_pjsip_session_end, chan_pjsip_hangup).
 */
class PjsipDriverTest {
    private final PjsipHarness h = new PjsipHarness(PjsipFixtures.PJSIP, null, PjsipFixtures.EXTENSIONS);

    @AfterEach
    void stop() {
        h.close();
    }

    private ChannelRequest.Result request(String data) {
        return h.onCore(() -> h.driver.request(new ChannelRequest(data, null, null, null)));
    }

    @Test
    void requestsFindTheEndpointOrFailAsChanPjsipDoes() {
        assertThat(request("").cause()).isEqualTo(6);
        assertThat(request("/sip:x@y").cause()).isEqualTo(6);
        assertThat(request("nobody").cause()).isEqualTo(HangupCause.NO_ROUTE_DESTINATION);
        assertThat(request("6001@").cause()).isEqualTo(6);
        assertThat(request("6001@nobody").cause()).isEqualTo(HangupCause.NO_ROUTE_DESTINATION);
        // dave's AOR holds no contact; trunk has no AOR: no URI to call
        assertThat(request("dave").cause()).isEqualTo(HangupCause.NO_ROUTE_DESTINATION);
        assertThat(request("trunk").cause()).isEqualTo(HangupCause.NO_ROUTE_DESTINATION);
        assertThat(request("dave/dave").cause()).isEqualTo(HangupCause.NO_ROUTE_DESTINATION);

        assertThat(request("alice").channel().name()).isEqualTo("PJSIP/alice-00000000");
        assertThat(request("6001@alice").channel().name()).isEqualTo("PJSIP/alice-00000001");
        assertThat(request("dave/sip:dave@10.0.0.4").channel().name()).isEqualTo("PJSIP/dave-00000002");
    }

    @Test
    void anOutboundChannelStartsDownWithTheEndpointsIdentityAndFormats() {
        SimChannel c = request("alice").channel();
        assertThat(h.onCore(c::state)).isEqualTo(ChannelState.DOWN);
        assertThat(h.onCore(() -> c.snapshot().caller().number())).isEqualTo("6001");
        assertThat(h.onCore(() -> c.snapshot().caller().name())).isEqualTo("Alice");
        assertThat(h.onCore(c::context)).isEqualTo("phones");
        assertThat(h.onCore(c::exten)).isEqualTo("s");
        assertThat(h.onCore(() -> c.nativeFormats())).containsExactly("ulaw");
        assertThat(h.onCore(() -> h.driver.pvtUniqueId(c))).matches("[0-9a-f-]{36}");

        // a requester with formats in common: the common ones, in the requester's order
        SimChannel bob = request("bob").channel();
        h.onCore(() -> {
            bob.nativeFormats(List.of("alaw", "ulaw"));
            return null;
        });
        SimChannel fromBob = h.onCore(() -> h.driver.request(new ChannelRequest("alice", bob, null, null)).channel());
        assertThat(h.onCore(() -> fromBob.nativeFormats())).containsExactly("ulaw");
        assertThat(h.onCore(fromBob::linkedId)).isEqualTo(h.onCore(bob::uniqueId));
    }

    private HangupRequested callAndAwaitEnd(String endpoint, Duration wait) {
        SimChannel c = request(endpoint).channel();
        h.drain();
        h.onCore(() -> h.driver.call(c, endpoint));
        h.advance(wait);
        return h.drain().stream().filter(HangupRequested.class::isInstance).map(HangupRequested.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void refusalsGiveTheCauseAndTechCauseOfTheSipStatus() {
        h.onCore(() -> h.driver.endpoints().set("alice", Map.of("mode", "busy", "delay", "0")));
        HangupRequested busy = callAndAwaitEnd("alice", Duration.ZERO);
        assertThat(busy.cause()).isEqualTo(HangupCause.USER_BUSY);
        assertThat(busy.techCause()).isEqualTo(486);

        h.onCore(() -> h.driver.endpoints().set("alice", Map.of("mode", "reject", "reject_code", "603")));
        HangupRequested declined = callAndAwaitEnd("alice", Duration.ofSeconds(2));
        assertThat(declined.cause()).isEqualTo(HangupCause.CALL_REJECTED);
        assertThat(declined.techCause()).isEqualTo(603);

        // nothing answers: pjsip's INVITE transaction times out after 32 s
        h.onCore(() -> h.driver.endpoints().set("carol", Map.of("mode", "noresponse")));
        HangupRequested timeout = callAndAwaitEnd("carol", Duration.ofSeconds(32));
        assertThat(timeout.cause()).isEqualTo(HangupCause.NO_USER_RESPONSE);
        assertThat(timeout.techCause()).isEqualTo(408);
    }

    @Test
    void asteriskHangingUpStoresTheSipStatusOfItsCauseAndTheDeviceCountsItsChannels() {
        SimChannel c = request("alice").channel();
        h.onCore(() -> h.driver.call(c, "alice"));
        h.advance(Duration.ZERO);
        assertThat(h.onCore(c::state)).isEqualTo(ChannelState.RINGING);
        assertThat(h.onCore(() -> h.driver.deviceState(h.pbx, "alice"))).isEqualTo(DeviceState.BUSY)
                .as("device_state_busy_at = 1");
        assertThat(h.onCore(() -> h.driver.deviceState(h.pbx, "bob"))).isEqualTo(DeviceState.NOT_INUSE);
        h.onCore(() -> {
            c.setHangupCause(HangupCause.NO_ANSWER);
            c.hangup();
            return null;
        });
        assertThat(h.onCore(() -> c.snapshot().techCause())).isEqualTo(480);
        assertThat(h.onCore(() -> h.driver.deviceState(h.pbx, "alice"))).isEqualTo(DeviceState.NOT_INUSE);
    }

    @Test
    void aPhoneCallIntoTheDialplanUsesTheFromHeaderWhenTheEndpointHasNoCallerId() throws Exception {
        h.onCore(() -> h.driver.endpoints().set("bob", Map.of("from", "\"Robert\" <2002>", "domain", "pbx.example")));
        ChannelState[] first = new ChannelState[1];
        SimChannel c = h.onCore(() -> {
            SimChannel placed = h.driver.phones().placeCall("bob", "100", Phones.CallOptions.NONE);
            first[0] = placed.state();
            return placed;
        });
        assertThat(first[0]).isEqualTo(ChannelState.RING);
        assertThat(h.onCore(() -> c.caller().number())).isEqualTo("2002");
        assertThat(h.onCore(() -> c.caller().name())).isEqualTo("Robert");
        assertThat(h.onCore(c::dnid)).isEqualTo("100");
        assertThat(h.onCore(() -> c.get("SIPDOMAIN"))).isEqualTo("pbx.example");
        SimChannel plain = h.onCore(() -> h.driver.phones().placeCall("dave", "100", Phones.CallOptions.NONE));
        assertThat(h.onCore(() -> plain.caller().number())).isEqualTo("dave");
        assertThat(h.onCore(() -> plain.caller().nameValid())).isFalse();
    }
}
