package org.switchboard.pbx.pjsip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** switchboard-endpoints.conf and run-time changes, layered (docs/endpoints.md). */
class BehaviourTableTest {
    private static BehaviourTable table(String text) {
        BehaviourTable t = new BehaviourTable();
        t.load(PjsipHarness.parse(BehaviourTable.FILE, text));
        return t;
    }

    @Test
    void settingsComeFromDefaultsThenTheEndpointsSectionThenRunTimeChanges() {
        BehaviourTable t = table("""
                [defaults]
                delay = 1.5
                dtmf = 12#

                [bob]
                mode = busy
                HangupAfter = 30
                colour = red
                ringing = perhaps
                """);
        PhoneBehaviour alice = t.behaviour("alice");
        assertThat(alice.mode()).isEqualTo(PhoneBehaviour.Mode.ANSWER);
        assertThat(alice.delay()).isEqualTo(Duration.ofMillis(1500));
        assertThat(alice.dtmf()).isEqualTo("12#");
        PhoneBehaviour bob = t.behaviour("bob");
        assertThat(bob.mode()).isEqualTo(PhoneBehaviour.Mode.BUSY);
        assertThat(bob.hangupAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(bob.ringing()).as("an invalid line is ignored").isTrue();

        assertThat(t.set("bob", "Mode", "reject")).isEmpty();
        assertThat(t.set("bob", "reject_code", "700")).contains("reject_code must be a SIP status from 400 to 699");
        assertThat(t.behaviour("bob").mode()).isEqualTo(PhoneBehaviour.Mode.REJECT);
        assertThat(t.behaviour("bob").rejectCode()).isEqualTo(603);

        t.load(PjsipHarness.parse(BehaviourTable.FILE, "[bob]\ndelay = 4\n"));
        assertThat(t.behaviour("bob").mode()).as("run-time changes survive a reload").isEqualTo(PhoneBehaviour.Mode.REJECT);
        assertThat(t.behaviour("bob").delay()).isEqualTo(Duration.ofSeconds(4));
        t.reset("bob");
        assertThat(t.behaviour("bob").mode()).isEqualTo(PhoneBehaviour.Mode.ANSWER);
        assertThat(t.settings("bob").keySet()).containsExactlyElementsOf(PhoneBehaviour.KEYS);
    }

    @Test
    void namesAreMatchedWithoutCaseOrUnderscores() {
        assertThat(PhoneBehaviour.key("RejectCode")).contains("reject_code");
        assertThat(PhoneBehaviour.key("DTMF_GAP")).contains("dtmf_gap");
        assertThat(PhoneBehaviour.key("volume")).isEmpty();
        assertThat(PhoneBehaviour.secondsOf("0.25")).contains(Duration.ofMillis(250));
        assertThat(PhoneBehaviour.secondsOf("-1")).isEmpty();
        assertThat(PhoneBehaviour.problem("dtmf", "12x")).isPresent();
        assertThat(new BehaviourTable().behaviour("x").contactFor("x")).isEqualTo("sip:x@127.0.0.1:5060");
    }
}
