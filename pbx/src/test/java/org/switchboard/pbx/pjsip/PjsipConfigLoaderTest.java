package org.switchboard.pbx.pjsip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** pjsip.conf as res_sorcery_config and the endpoint/AOR option handlers read it. */
class PjsipConfigLoaderTest {
    private static PjsipConfig load(String text) {
        return PjsipConfigLoader.load(PjsipHarness.parse("pjsip.conf", text));
    }

    @Test
    void endpointsTakeTemplatesAndApplyTheirLinesInOrder() {
        PjsipConfig c = load("""
                [tpl](!)
                type = endpoint
                context = internal
                disallow = all
                allow = ulaw,alaw
                language = de

                [alice](tpl)
                aors = alice, alice-desk
                aors = alice
                auth = alice-auth
                outbound_auth = out1,out2
                callerid = "Alice Smith" <(555) 100-2000>
                allow = !ulaw,g722:20,h264
                allow = nonsense
                accountcode = sales
                device_state_busy_at = 2
                set_var = A=1
                set_var = B = two
                moh_suggest = jazz

                [alice]
                type = auth
                username = alice

                [tpl2]
                type = transport
                """);
        assertThat(c.endpoints()).containsOnlyKeys("alice");
        EndpointConfig alice = c.endpoint("alice").orElseThrow();
        assertThat(alice.aors()).isEqualTo("alice");
        assertThat(alice.context()).isEqualTo("internal");
        assertThat(alice.language()).isEqualTo("de");
        assertThat(alice.auths()).containsExactly("alice-auth");
        assertThat(alice.outboundAuths()).containsExactly("out1", "out2");
        assertThat(alice.callerId().name()).isEqualTo("Alice Smith");
        assertThat(alice.callerId().number()).isEqualTo("5551002000");
        assertThat(alice.formats()).containsExactly("alaw", "g722", "h264");
        assertThat(alice.accountCode()).isEqualTo("sales");
        assertThat(alice.deviceStateBusyAt()).isEqualTo(2);
        assertThat(alice.channelVariables()).containsExactly(Map.entry("A", "1"), Map.entry("B", "two"));
        assertThat(alice.mohSuggest()).isEqualTo("jazz");
    }

    @Test
    void endpointDefaultsAreAsterisks() {
        EndpointConfig e = load("[e]\ntype=endpoint\n").endpoint("e").orElseThrow();
        assertThat(e.context()).isEqualTo("default");
        assertThat(e.formats()).isEmpty();
        assertThat(e.callerId().numberValid()).isFalse();
        assertThat(e.callerId().nameValid()).isFalse();
        assertThat(e.mohSuggest()).isEqualTo("default");
        assertThat(e.aorNames()).isEmpty();
        EndpointConfig named = load("[n]\ntype=endpoint\ncallerid=Reception\n").endpoint("n").orElseThrow();
        assertThat(named.callerId().name()).isEqualTo("Reception");
        assertThat(named.callerId().numberValid()).isFalse();
    }

    @Test
    void aorsCollectPermanentContactsSortedByObjectId() {
        AorConfig aor = load("""
                [desk]
                type = aor
                contact = sip:one@10.0.0.1, sip:two@10.0.0.2
                contact = sip:three@10.0.0.3
                contact = not-a-uri
                max_contacts = 3
                qualify_frequency = 90000
                qualify_timeout = 1.5
                remove_existing = yes
                """).aor("desk").orElseThrow();
        assertThat(aor.contacts()).containsExactlyInAnyOrder("sip:one@10.0.0.1", "sip:two@10.0.0.2",
                "sip:three@10.0.0.3");
        assertThat(aor.contacts()).isSortedAccordingTo((a, b) ->
                Contact.permanentId("desk", a).compareTo(Contact.permanentId("desk", b)));
        assertThat(aor.maxContacts()).isEqualTo(3);
        assertThat(aor.qualifyFrequency()).as("PARSE_IN_RANGE 0-86400").isEqualTo(86400);
        assertThat(aor.qualifyTimeout()).isEqualTo(1.5);
        assertThat(aor.removeExisting()).isTrue();
        assertThat(aor.defaultExpiration()).isEqualTo(3600);
        assertThat(aor.minimumExpiration()).isEqualTo(60);
        assertThat(aor.maximumExpiration()).isEqualTo(7200);
    }

    @Test
    void codecListsFollowAllowAndDisallow() {
        assertThat(new Codecs().apply("ulaw,alaw|gsm", true).apply("alaw", false).formats())
                .containsExactly("ulaw", "gsm");
        assertThat(new Codecs().apply("ulaw", true).apply("all", false).apply("g729", true).formats())
                .containsExactly("g729");
        assertThat(new Codecs().apply("ulaw,ULAW", true).formats()).containsExactly("ulaw");
        assertThat(new Codecs().apply("all", true).formats()).startsWith("ulaw", "alaw", "gsm");
        assertThat(new Codecs().apply("(alaw|ulaw)", true).formats()).containsExactly("alaw", "ulaw");
    }

    @Test
    void sipStatusesAndCausesTranslateAsChanPjsipDoes() {
        assertThat(SipCauses.causeOf(486)).isEqualTo(17);
        assertThat(SipCauses.causeOf(603)).isEqualTo(21);
        assertThat(SipCauses.causeOf(487)).isEqualTo(127);
        assertThat(SipCauses.causeOf(499)).as("unknown 4xx").isEqualTo(127);
        assertThat(SipCauses.causeOf(599)).as("unknown 5xx").isEqualTo(34);
        assertThat(SipCauses.causeOf(699)).as("unknown 6xx").isEqualTo(127);
        assertThat(SipCauses.sipStatusOf(17)).isEqualTo(486);
        assertThat(SipCauses.sipStatusOf(19)).isEqualTo(480);
        assertThat(SipCauses.sipStatusOf(16)).isZero();
        assertThat(SipCauses.sipStatusOf(0)).isZero();
    }
}
