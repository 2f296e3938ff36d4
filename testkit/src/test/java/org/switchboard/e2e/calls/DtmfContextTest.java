package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The [dtmf] context of the captures' extensions.conf (Answer, UserEvent(ready), WaitExten(5))
 * driven with PlayDTMF: a digit received on ;2 (Receive: true) sends it to that extension; a digit
 * sent on ;1 reaches ;2 through the Local pair as a begin and, its duration later, an end; no
 * digit lets WaitExten time out into the next priority. Expectations from pbx_builtins.c
 * pbx_builtin_waitexten, pbx.c __ast_pbx_run, app_senddtmf.c manager_play_dtmf and channel.c
 * __ast_read / ast_senddigit_external (spec 02 §4.2).
 */
class DtmfContextTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallCapture.CAPTURES.resolve("etc"))
            .virtualClock();

    /** Originates Local/start@dtmf and waits for ;2 to reach WaitExten; returns ;2's name. */
    private static String start(AmiTestClient a, int from) {
        a.send("Action: Originate", "Channel: Local/start@dtmf", "Application: Echo", "ActionID: o1");
        a.awaitMessage(from, m -> "Answer".equals(m.header("Application")), AmiTestClient.DEFAULT_WAIT);
        sb.clock().advance(Duration.ofMillis(500)).join();
        return a.awaitMessage(from, m -> "WaitExten".equals(m.header("Application")), AmiTestClient.DEFAULT_WAIT)
                .header("Channel");
    }

    private static void awaitGone(AmiTestClient a) {
        a.awaitUntil(() -> a.messages().stream().filter(m -> "NOT_INUSE".equals(m.header("State"))).count() == 2,
                AmiTestClient.DEFAULT_WAIT);
    }

    @Test
    void aDigitReceivedOnTheDialplanHalfGoesToItsExtension() {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        String two = start(a, from);
        int at = a.messageCount();
        a.request("Action: PlayDTMF", "Channel: " + two, "Digit: 2", "Receive: true", "ActionID: p1");
        awaitGone(a);
        assertThat(describe(a.messagesSince(at), two)).startsWith(
                "R p1 DTMF successfully queued",
                "DTMFEnd ;2 digit 2 Received 0",
                "Newexten ;2 2:1 UserEvent valid",
                "UserEvent ;2 valid",
                "Newexten ;2 2:2 Hangup ",
                "SoftHangupRequest ;2");
    }

    @Test
    void aDigitSentOnTheOtherHalfCrossesTheLocalPair() {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        String two = start(a, from);
        String one = two.substring(0, two.length() - 1) + "1";
        int at = a.messageCount();
        a.send("Action: PlayDTMF", "Channel: " + one, "Digit: 1", "ActionID: p2");
        a.awaitMessage(at, m -> "DTMFBegin".equals(m.header("Event")), AmiTestClient.DEFAULT_WAIT);
        sb.clock().advance(Duration.ofMillis(100)).join();
        awaitGone(a);
        List<String> seen = describe(a.messagesSince(at), two);
        assertThat(seen).startsWith(
                "DTMFBegin ;2 digit 1 Received",
                "R p2 DTMF successfully queued",
                "DTMFEnd ;2 digit 1 Received 100",
                "Newexten ;2 1:1 UserEvent invalid",
                "UserEvent ;2 invalid");
        assertThat(seen).noneMatch(s -> s.contains(";1 digit"));
    }

    @Test
    void withoutADigitWaitExtenTimesOutIntoTheNextPriority() {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        String two = start(a, from);
        int at = a.messageCount();
        sb.clock().advance(Duration.ofSeconds(5)).join();
        awaitGone(a);
        assertThat(describe(a.messagesSince(at), two)).startsWith(
                "Newexten ;2 start:4 Hangup ", "SoftHangupRequest ;2");
    }

    private static List<String> describe(List<AmiMessage> messages, String two) {
        String one = two.substring(0, two.length() - 1) + "1";
        return messages.stream().map(m -> {
            if (!m.header("Response").isEmpty()) {
                return "R " + m.actionId() + " " + m.header("Message");
            }
            String ch = m.header("Channel").equals(two) ? ";2" : m.header("Channel").equals(one) ? ";1" : "";
            String e = m.header("Event");
            switch (e) {
                case "DTMFBegin": return e + " " + ch + " digit " + m.header("Digit") + " " + m.header("Direction");
                case "DTMFEnd": return e + " " + ch + " digit " + m.header("Digit") + " " + m.header("Direction") + " "
                        + m.header("DurationMs");
                case "Newexten": return e + " " + ch + " " + m.header("Exten") + ":" + m.header("Priority") + " "
                        + m.header("Application") + " " + m.header("AppData");
                case "UserEvent": return e + " " + ch + " " + m.header("UserEvent");
                default: return e + " " + ch;
            }
        }).filter(s -> !s.startsWith("CEL") && !s.startsWith("Cdr")).toList();
    }
}
