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
 * Dial's unanswered outcomes and options with Local legs (app_dial.c; spec 02 §3.3): busy,
 * congestion, no answer after ringing, unavailable technology, a leg that cannot be called, the
 * caller hanging up while it rings, and option g.
 */
class DialOutcomesTest {
    private static final String EXTRA = String.join("\n",
            "[dialtest]",
            "exten => busy,1,Dial(Local/500@default,10)",
            " same => n,UserEvent(DialResult,Status: ${DIALSTATUS},Cause: ${HANGUPCAUSE})",
            " same => n,Hangup()",
            "exten => congest,1,Congestion()",
            "exten => dialcongest,1,Dial(Local/congest@dialtest)",
            " same => n,UserEvent(DialResult,Status: ${DIALSTATUS})",
            "exten => ring,1,Ringing()",
            " same => n,Wait(30)",
            "exten => noanswer,1,Dial(Local/ring@dialtest,2)",
            " same => n,UserEvent(DialResult,Status: ${DIALSTATUS},Ring: ${RINGTIME_MS})",
            "exten => unavail,1,Dial(Foo/bar)",
            " same => n,UserEvent(DialResult,Status: ${DIALSTATUS})",
            "exten => nosuch,1,Dial(Local/missing@dialtest)",
            " same => n,UserEvent(DialResult,Status: ${DIALSTATUS})",
            "exten => ringlong,1,Dial(Local/ring@dialtest)",
            " same => n,UserEvent(NotReached)",
            "exten => h,1,UserEvent(HangupExten,Status: ${DIALSTATUS})",
            "exten => goon,1,Dial(Local/100@default,,g)",
            " same => n,UserEvent(AfterDial,Status: ${DIALSTATUS},Answered: ${ANSWEREDTIME_MS})",
            " same => n,Hangup()",
            "");

    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallConfig.CAPTURE_ETC)
            .file("extensions.conf", CallConfig.extensionsWith(EXTRA)).virtualClock();

    private final CallLog log = new CallLog().alias("Local/busy@dialtest-", "busy").alias("Local/500@default-", "500")
            .alias("Local/dialcongest@dialtest-", "dc").alias("Local/congest@dialtest-", "cg")
            .alias("Local/noanswer@dialtest-", "na").alias("Local/ring@dialtest-", "ring")
            .alias("Local/unavail@dialtest-", "ua").alias("Local/nosuch@dialtest-", "ns").alias("Local/missing@dialtest-", "mi")
            .alias("Local/ringlong@dialtest-", "rl").alias("Local/goon@dialtest-", "go")
            .alias("Local/100@default-", "100");

    @Test
    void busy() {
        List<String> seen = run("busy", Duration.ofSeconds(1), "DialResult");
        assertThat(seen).containsSubsequence(
                "DialBegin busy;2 -> 500;1",
                "Newexten 500;2 500 Busy", "Newstate 500;2 Busy",
                "DialEnd busy;2 -> 500;1 BUSY",
                "HangupRequest 500;2 cause 0", "Hangup 500;1 cause 0",
                "VarSet busy;2 DIALSTATUS=BUSY", "Newexten busy;2 busy UserEvent", "UserEvent busy;2 DialResult");
        assertThat(userEvent("busy").header("Status")).isEqualTo("BUSY");
    }

    @Test
    void congestion() {
        List<String> seen = run("dialcongest", Duration.ofSeconds(1), "DialResult");
        assertThat(seen).containsSubsequence("DialEnd dc;2 -> cg;1 CONGESTION", "VarSet dc;2 DIALSTATUS=CONGESTION");
        assertThat(userEvent("dialcongest").header("Status")).isEqualTo("CONGESTION");
    }

    @Test
    void ringingWithoutAnswerTimesOut() {
        List<String> seen = run("noanswer", Duration.ofSeconds(3), "DialResult");
        assertThat(seen).containsSubsequence(
                "DialBegin na;2 -> ring;1",
                "Newexten ring;2 ring Ringing",
                "VarSet na;2 RINGTIME=0", "VarSet na;2 RINGTIME_MS=0", "DialState na;2 -> ring;1 RINGING",
                "DialEnd na;2 -> ring;1 NOANSWER", "HangupRequest ring;2 cause 0", "Hangup ring;1 cause 0",
                "VarSet na;2 DIALSTATUS=NOANSWER", "Newexten na;2 noanswer UserEvent");
        assertThat(userEvent("noanswer").header("Status")).isEqualTo("NOANSWER");
    }

    @Test
    void anUnknownTechnologyIsUnavailable() {
        List<String> seen = run("unavail", Duration.ofMillis(100), "DialResult");
        assertThat(seen).noneMatch(s -> s.startsWith("DialBegin ua;2"));
        assertThat(seen).containsSubsequence("VarSet ua;2 DIALSTATUS=CHANUNAVAIL", "Newexten ua;2 unavail UserEvent");
    }

    @Test
    void aLocalLegWhoseExtensionIsMissingCannotBeCalled() {
        List<String> seen = run("nosuch", Duration.ofMillis(100), "DialResult");
        // the Local leg is requested, then core_local's call fails: it is hung up at once
        assertThat(seen).containsSubsequence("Newchannel mi;1", "Newchannel mi;2", "Newexten mi;1 nosuch AppDial",
                "Hangup mi;2 cause 0", "Hangup mi;1 cause 0",
                "VarSet ns;2 DIALSTATUS=CHANUNAVAIL", "UserEvent ns;2 DialResult");
        assertThat(seen).noneMatch(s -> s.startsWith("DialBegin ns;2") || s.startsWith("LocalBridge mi"));
    }

    @Test
    void theCallerHangingUpCancelsTheLegs() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        a.request("Action: Originate", "Channel: Local/ringlong@dialtest", "Application: Wait", "Data: 60",
                "Async: true", "ActionID: o");
        CallTests.advance(sb, Duration.ofSeconds(1));
        AmiMessage ringing = a.awaitMessage(from, m -> "DialState".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/ringlong"), AmiTestClient.DEFAULT_WAIT);
        assertThat(a.request("Action: Hangup", "Channel: " + ringing.header("Channel"), "ActionID: h")
                .header("Message")).isEqualTo("Channel Hungup");
        CallTests.advance(sb, Duration.ofMillis(200));
        a.awaitUntil(() -> a.find(m -> "Hangup".equals(m.header("Event"))
                && m.header("Channel").equals(ringing.header("Channel"))).isPresent(), AmiTestClient.DEFAULT_WAIT);
        List<String> seen = log.describe(a.messagesSince(from));
        assertThat(seen).containsSubsequence("DialEnd rl;2 -> ring;1 CANCEL", "HangupRequest ring;2 cause 16",
                "Hangup ring;1 cause 16", "VarSet rl;2 DIALSTATUS=CANCEL", "SoftHangupRequest rl;2 cause 16",
                // Dial returned -1: the caller's h extension runs before it is hung up
                "Newexten rl;2 h UserEvent", "UserEvent rl;2 HangupExten",
                // the AMI Hangup gives no cause: the caller ends with 0, as in capture G01
                "Hangup rl;2 cause 0");
        assertThat(a.find(m -> "HangupExten".equals(m.header("UserEvent"))
                && ringing.header("Channel").equals(m.header("Channel"))).orElseThrow().header("Status"))
                .isEqualTo("CANCEL");
        assertThat(seen).doesNotContain("UserEvent rl;2 NotReached");
    }

    @Test
    void optionGGoesOnAfterTheCalleeHangsUp() {
        List<String> seen = run("goon", Duration.ofSeconds(3), "AfterDial");
        assertThat(seen).containsSubsequence("BridgeEnter go;2 2", "BridgeLeave go;2 0",
                "VarSet go;2 ANSWEREDTIME_MS=1500", "VarSet go;2 DIALSTATUS=ANSWER", "Newexten go;2 goon UserEvent",
                "UserEvent go;2 AfterDial");
        AmiMessage after = userEvent("goon");
        assertThat(after.header("Status")).isEqualTo("ANSWER");
        assertThat(after.header("Answered")).isEqualTo("1500");
    }

    // ---- helpers ----

    private AmiTestClient client;
    private int from;

    private List<String> run(String exten, Duration time, String userEvent) {
        client = CallTests.login(sb);
        from = client.messageCount();
        client.request("Action: Originate", "Channel: Local/" + exten + "@dialtest", "Application: Wait",
                "Data: 30", "Async: true", "ActionID: o");
        CallTests.advance(sb, time);
        client.awaitMessage(from, m -> userEvent.equals(m.header("UserEvent")), AmiTestClient.DEFAULT_WAIT);
        return log.describe(client.messagesSince(from));
    }

    private AmiMessage userEvent(String exten) {
        return client.find(m -> "UserEvent".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/" + exten + "@")).orElseThrow();
    }
}
