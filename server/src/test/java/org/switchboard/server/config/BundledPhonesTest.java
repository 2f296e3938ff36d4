package org.switchboard.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The bundled configuration's simulated phones (pjsip.conf, switchboard-endpoints.conf) in virtual
 * time: alice, bob and carol are listed, alice's calls are answered and she hangs up ten seconds
 * later, and alice dialling 6002 reaches bob.
 */
class BundledPhonesTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/main/resources/bundled-etc"))
            .virtualClock();

    private AmiTestClient login() {
        AmiTestClient a = sb.login("admin", BundledConfiguration.SECRET_PLACEHOLDER);
        a.awaitEvent("FullyBooted");
        return a;
    }

    private void advance(Duration d) {
        sb.server().onCore(() -> null);
        sb.clock().advance(d).join();
    }

    private static List<String> events(AmiTestClient a, int from) {
        return a.messagesSince(from).stream()
                .filter(m -> m.headers().has("Event"))
                .map(m -> m.header("Event") + " " + m.header("Channel").replaceAll("-[0-9a-f]{8}$", "")
                        + (m.headers().has("Cause") ? " " + m.header("Cause") : "")
                        + (m.headers().has("DialStatus") ? " " + m.header("DialStatus") : ""))
                .toList();
    }

    @Test
    void threePhonesAreListedAndAliceHangsUpTenSecondsAfterTheAnswer() {
        AmiTestClient a = login();
        int from = a.messageCount();
        a.send("Action: PJSIPShowEndpoints", "ActionID: e1");
        AmiMessage done = a.awaitMessage(from, m -> m.header("Event").equals("EndpointListComplete"),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(done.header("ListItems")).isEqualTo("3");
        assertThat(a.messagesSince(from).stream()
                .filter(m -> m.header("Event").equals("EndpointList")).map(m -> m.header("ObjectName")))
                .containsExactly("alice", "bob", "carol");

        AmiMessage call = a.request("Action: SBCall", "Endpoint: alice", "Exten: 200", "ActionID: c1");
        assertThat(call.header("Channel")).isEqualTo("PJSIP/alice-00000000");
        int callFrom = a.messageCount();
        advance(Duration.ofMillis(20));
        advance(Duration.ofSeconds(10));
        a.awaitMessage(callFrom, m -> m.header("Event").equals("Hangup"), AmiTestClient.DEFAULT_WAIT);
        assertThat(events(a, callFrom)).containsSubsequence("Newexten PJSIP/alice", "HangupRequest PJSIP/alice",
                "Hangup PJSIP/alice 0");
    }

    @Test
    void aliceDialsBobWhoAnswersAfterTwoSeconds() {
        AmiTestClient a = login();
        int from = a.messageCount();
        a.request("Action: SBCall", "Endpoint: alice", "Exten: 6002", "ActionID: c1");
        advance(Duration.ZERO);
        advance(Duration.ofSeconds(2));
        advance(Duration.ofSeconds(10));
        a.awaitUntil(() -> events(a, from).stream().filter(e -> e.startsWith("Hangup PJSIP/")).count() == 2,
                AmiTestClient.DEFAULT_WAIT);
        // spec 02 §3.2, the steps the PJSIP driver takes part in
        assertThat(events(a, from)).containsSubsequence(
                "Newchannel PJSIP/alice", "Newexten PJSIP/alice", "Newchannel PJSIP/bob", "DialBegin PJSIP/alice",
                "Newstate PJSIP/bob", "DialState PJSIP/alice RINGING", "Newstate PJSIP/bob",
                "DialEnd PJSIP/alice ANSWER", "HangupRequest PJSIP/alice 16", "Hangup PJSIP/bob 16",
                "Hangup PJSIP/alice 16");
    }
}
