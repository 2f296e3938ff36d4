package org.switchboard.pbx.pjsip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.pbx.event.ContactStatusChanged;
import org.switchboard.pbx.event.DeviceStateChanged;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PeerStatusChanged;

/**
 * Registrations, contact statuses and endpoint reachability as res_pjsip reports them
 * (pjsip_options.c, pjsip_configuration.c ast_sip_persistent_endpoint_update_state,
 * chan_pjsip_devicestate).
 */
class PjsipEndpointsTest {
    private final PjsipHarness h = new PjsipHarness(PjsipFixtures.PJSIP, null, PjsipFixtures.EXTENSIONS);

    @AfterEach
    void stop() {
        h.close();
    }

    private static List<String> describe(List<PbxEvent> events) {
        return events.stream().map(e -> {
            if (e instanceof ContactStatusChanged c) {
                return "ContactStatus " + c.endpoint() + " " + c.uri() + " " + c.status() + " " + c.roundtripUsec();
            }
            if (e instanceof PeerStatusChanged p) {
                return "PeerStatus " + p.tech() + "/" + p.resource() + " " + p.status();
            }
            if (e instanceof DeviceStateChanged d) {
                return "DeviceState " + d.device() + " " + d.state();
            }
            return e.getClass().getSimpleName();
        }).toList();
    }

    @Test
    void startUpRegistersThePhonesThatCanAndReportsEveryEndpoint() {
        assertThat(describe(h.drain())).containsExactly(
                "ContactStatus alice sip:alice@127.0.0.1:5060 NonQualified 0",
                "ContactStatus bob sip:bob@127.0.0.1:5060 NonQualified 0",
                "ContactStatus bob sip:bob@127.0.0.1:5060 Reachable 1000",
                "ContactStatus carol sip:carol@10.0.0.3:5060 NonQualified 0",
                "ContactStatus carol sip:carol@10.0.0.3:5060 Reachable 1000",
                "PeerStatus PJSIP/alice Reachable",
                "PeerStatus PJSIP/bob Reachable",
                "PeerStatus PJSIP/carol Reachable",
                "PeerStatus PJSIP/dave Unreachable",
                "PeerStatus PJSIP/trunk Unreachable",
                "DeviceState PJSIP/alice NOT_INUSE",
                "DeviceState PJSIP/bob NOT_INUSE",
                "DeviceState PJSIP/carol NOT_INUSE",
                "DeviceState PJSIP/dave UNAVAILABLE",
                "DeviceState PJSIP/trunk UNAVAILABLE");
        PjsipEndpoints e = h.driver.endpoints();
        assertThat(h.onCore(() -> e.deviceState("nobody"))).isEqualTo(DeviceState.INVALID);
        assertThat(h.onCore(() -> e.registeredContacts().stream().map(Contact::endpoint).toList()))
                .containsExactly("alice", "bob");
        assertThat(h.onCore(() -> e.contactsOf("carol").get(0).id()))
                .isEqualTo("carol@@" + Contact.md5("sip:carol@10.0.0.3:5060"));
    }

    @Test
    void switchingPhonesOffAndOnUnregistersAndRegisters() {
        h.drain();
        PjsipEndpoints e = h.driver.endpoints();
        h.onCore(() -> e.set("alice", Map.of("mode", "offline")));
        assertThat(describe(h.drain())).containsExactly(
                "ContactStatus alice sip:alice@127.0.0.1:5060 Removed 0",
                "PeerStatus PJSIP/alice Unreachable",
                "DeviceState PJSIP/alice UNAVAILABLE");
        h.onCore(() -> e.set("carol", Map.of("Mode", "offline")));
        assertThat(describe(h.drain())).containsExactly(
                // a permanent contact stays; qualify finds nobody answering
                "ContactStatus carol sip:carol@10.0.0.3:5060 Unreachable 0",
                "PeerStatus PJSIP/carol Unreachable",
                "DeviceState PJSIP/carol UNAVAILABLE");
        assertThat(h.onCore(() -> e.reachable("alice"))).isFalse();

        h.onCore(() -> {
            e.reset("alice");
            return null;
        });
        assertThat(describe(h.drain())).containsExactly(
                "ContactStatus alice sip:alice@127.0.0.1:5060 NonQualified 0",
                "PeerStatus PJSIP/alice Reachable",
                "DeviceState PJSIP/alice NOT_INUSE");
    }

    @Test
    void refusedSettingsChangeNothing() {
        h.drain();
        PjsipEndpoints e = h.driver.endpoints();
        assertThat(h.onCore(() -> e.set("alice", Map.of("mode", "offline", "delay", "-1"))))
                .contains("delay must be a number of seconds (0 or more)");
        assertThat(h.onCore(() -> e.set("alice", Map.of("colour", "red")))).contains("Unknown setting 'colour'");
        assertThat(h.drain()).isEmpty();
        assertThat(h.onCore(() -> e.behaviour("alice").mode())).isEqualTo(PhoneBehaviour.Mode.ANSWER);
    }

    @Test
    void reloadingTheSameConfigurationReportsNothingAndANewEndpointOnlyItself() {
        h.drain();
        PjsipEndpoints e = h.driver.endpoints();
        h.onCore(() -> {
            e.configure(PjsipConfigLoader.load(PjsipHarness.parse("pjsip.conf", PjsipFixtures.PJSIP)), null);
            return null;
        });
        assertThat(h.drain()).isEmpty();
        String more = PjsipFixtures.PJSIP + "\n[erin](phone)\naors = erin\n\n[erin]\ntype = aor\nmax_contacts = 2\n";
        h.onCore(() -> {
            e.configure(PjsipConfigLoader.load(PjsipHarness.parse("pjsip.conf", more)), null);
            return null;
        });
        assertThat(describe(h.drain())).containsExactly(
                "ContactStatus erin sip:erin@127.0.0.1:5060 NonQualified 0",
                "PeerStatus PJSIP/erin Reachable",
                "DeviceState PJSIP/erin NOT_INUSE");
    }
}
