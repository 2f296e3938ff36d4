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
 * Dial with several destinations and with options F, G and D (app_dial.c), and the MAX_FORWARDS
 * limit that ends a Local channel loop (max_forwards.c).
 */
class DialOptionsTest {
    private static final String EXTRA = String.join("\n",
            "[dialopt]",
            "exten => two,1,Dial(Local/ring@dialopt&Local/100@default,10)",
            " same => n,Hangup()",
            "exten => ring,1,Ringing()",
            " same => n,Wait(30)",
            "exten => fopt,1,Dial(Local/park@dialopt,,F(dialopt,after,1))",
            " same => n,Hangup()",
            "exten => park,1,Answer()",
            " same => n,Wait(30)",
            "exten => after,1,UserEvent(After)",
            " same => n,Wait(10)",
            "exten => gopt,1,Dial(Local/park@dialopt,,G(dialopt^gdest^1))",
            " same => n,Hangup()",
            "exten => gdest,1,UserEvent(GCaller)",
            " same => n,UserEvent(GCallee)",
            " same => n,Wait(10)",
            "exten => dopt,1,Dial(Local/park@dialopt,,D(12:3))",
            "exten => loop,1,Dial(Local/loop@dialopt)",
            " same => n,Hangup()",
            "");

    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallConfig.CAPTURE_ETC)
            .file("extensions.conf", CallConfig.extensionsWith(EXTRA)).virtualClock();

    private final CallLog log = new CallLog().alias("Local/two@dialopt-", "two").alias("Local/ring@dialopt-", "ring")
            .alias("Local/100@default-", "100").alias("Local/fopt@dialopt-", "f").alias("Local/gopt@dialopt-", "g")
            .alias("Local/park@dialopt-", "park").alias("Local/dopt@dialopt-", "d");

    @Test
    void theFirstLegToAnswerWinsAndTheOthersAreCancelledAsAnsweredElsewhere() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        originate(a, "two");
        a.awaitMessage(from, m -> "BridgeEnter".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/two@"), AmiTestClient.DEFAULT_WAIT);
        List<String> seen = log.describe(a.messagesSince(from));
        assertThat(seen).containsSubsequence("DialBegin two;2 -> ring;1", "DialBegin two;2 -> 100;1",
                "DialEnd two;2 -> ring;1 CANCEL", "HangupRequest ring;2 cause 26", "Hangup ring;1 cause 26",
                "VarSet two;2 DIALSTATUS=ANSWER", "VarSet two;2 DIALEDPEERNAME=100;1", "DialEnd two;2 -> 100;1 ANSWER",
                "BridgeEnter 100;1 1", "BridgeEnter two;2 2");
        CallTests.advance(sb, Duration.ofSeconds(3));
    }

    @Test
    void optionFSendsTheCalleeOnWhenTheCallerLeaves() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        originate(a, "fopt");
        String caller = a.awaitMessage(from, m -> "BridgeEnter".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/fopt@"), AmiTestClient.DEFAULT_WAIT).header("Channel");
        String callee = a.awaitMessage(from, m -> "BridgeEnter".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/park@"), AmiTestClient.DEFAULT_WAIT).header("Channel");
        a.request("Action: Hangup", "Channel: " + caller, "ActionID: h");
        CallTests.advance(sb, Duration.ofMillis(200));
        AmiMessage after = a.awaitMessage(from, m -> "After".equals(m.header("UserEvent")), AmiTestClient.DEFAULT_WAIT);
        assertThat(after.header("Channel")).isEqualTo(callee);
        assertThat(after.header("Context")).isEqualTo("dialopt");
        cleanup(a, callee);
    }

    @Test
    void optionGSendsTheCallerToTheTargetAndTheCalleeToTheNextPriority() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        originate(a, "gopt");
        AmiMessage caller = a.awaitMessage(from, m -> "GCaller".equals(m.header("UserEvent")),
                AmiTestClient.DEFAULT_WAIT);
        AmiMessage callee = a.awaitMessage(from, m -> "GCallee".equals(m.header("UserEvent"))
                && m.header("Channel").startsWith("Local/park@"), AmiTestClient.DEFAULT_WAIT);
        assertThat(caller.header("Channel")).startsWith("Local/gopt@dialopt-");
        assertThat(callee.header("Channel")).startsWith("Local/park@dialopt-");
        assertThat(callee.header("Priority")).isEqualTo("2");
        assertThat(a.find(m -> "BridgeCreate".equals(m.header("Event"))
                && a.messages().indexOf(m) > from)).isEmpty();
        cleanup(a, caller.header("Channel"));
        cleanup(a, callee.header("Channel"));
    }

    @Test
    void optionDSendsDigitsToBothSidesBeforeTheBridge() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        originate(a, "dopt");
        CallTests.advance(sb, Duration.ofSeconds(2));
        String caller = a.awaitMessage(from, m -> "BridgeEnter".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/dopt@"), AmiTestClient.DEFAULT_WAIT).header("Channel");
        // ast_senddigit bypasses ast_write: only the far Local halves read the digits
        List<String> digits = a.messagesSince(from).stream()
                .filter(m -> "DTMFEnd".equals(m.header("Event")))
                .map(m -> log.describe(List.of(m)).get(0) + " " + m.header("Digit") + " " + m.header("Direction"))
                .toList();
        assertThat(digits).containsExactly("DTMFEnd park;2 1 Received", "DTMFEnd park;2 2 Received",
                "DTMFEnd d;1 3 Received");
        cleanup(a, caller);
    }

    @Test
    void aLocalLoopEndsAtMaxForwards() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        originate(a, "loop");
        CallTests.advance(sb, Duration.ofMillis(500));
        a.awaitUntil(() -> a.messagesSince(from).stream()
                .filter(m -> "Hangup".equals(m.header("Event")) && m.header("Channel").startsWith("Local/loop@"))
                .count() == 42, AmiTestClient.DEFAULT_WAIT);
        long pairs = a.messagesSince(from).stream()
                .filter(m -> "Newchannel".equals(m.header("Event")) && m.header("Channel").endsWith(";1")).count();
        // the originated pair and 20 Dial legs: the 20th leg's Dial has no forwards left
        assertThat(pairs).isEqualTo(21);
        assertThat(a.find(m -> "VarSet".equals(m.header("Event")) && "DIALSTATUS".equals(m.header("Variable"))
                && "BUSY".equals(m.header("Value")))).isPresent();
    }

    private static void originate(AmiTestClient a, String exten) {
        a.request("Action: Originate", "Channel: Local/" + exten + "@dialopt", "Application: Wait", "Data: 60",
                "Async: true", "ActionID: o");
        CallTests.advance(sb, Duration.ofMillis(100));
    }

    private static void cleanup(AmiTestClient a, String channel) {
        CallTests.hangup(sb, a, channel);
    }
}
