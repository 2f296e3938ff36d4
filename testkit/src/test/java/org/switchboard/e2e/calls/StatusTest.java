package org.switchboard.e2e.calls;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Captures M01 (Status of all channels, of one, with AllVariables and Variables), M02 (the
 * channelvars of manager.conf on every channel event) and M04 (a channel's life from Newchannel
 * to Hangup), in virtual time, message for message.
 */
class StatusTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallCapture.CAPTURES.resolve("etc"))
            .virtualClock();

    /** Originates {@code target} to Echo and lets ;2 run up to {@code untilApp}; returns ;2's name. */
    private static String originate(AmiTestClient a, int from, String target, String untilApp, String... extra) {
        String[] lines = new String[4 + extra.length];
        lines[0] = "Action: Originate";
        lines[1] = "Channel: " + target;
        lines[2] = "Application: Echo";
        System.arraycopy(extra, 0, lines, 3, extra.length);
        lines[lines.length - 1] = "ActionID: o1";
        a.send(lines);
        a.awaitMessage(from, m -> "Answer".equals(m.header("Application")), AmiTestClient.DEFAULT_WAIT);
        sb.clock().advance(Duration.ofMillis(500)).join();
        AmiMessage m = a.awaitMessage(from, x -> untilApp.equals(x.header("Application"))
                && x.header("Channel").endsWith(";2"), AmiTestClient.DEFAULT_WAIT);
        return m.header("Channel");
    }

    private static void hangUpAndWait(AmiTestClient a, String channel) {
        AmiTestClient setup = sb.login("admin", "admin123");
        setup.request("Action: Hangup", "Channel: " + channel, "ActionID: _setup-2");
        a.awaitUntil(() -> a.messages().stream().filter(m -> "NOT_INUSE".equals(m.header("State"))).count() == 2,
                AmiTestClient.DEFAULT_WAIT);
    }

    @Test
    void statusMatchesCaptureM01() throws Exception {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        String two = originate(a, from, "Local/setfoo@default", "Echo", "Variable: t=1");
        a.send("Action: Status", "ActionID: s1");
        a.awaitMessage(from, m -> "StatusComplete".equals(m.header("Event")) && "s1".equals(m.actionId()),
                AmiTestClient.DEFAULT_WAIT);
        a.send("Action: Status", "Channel: " + two, "ActionID: s2");
        a.awaitMessage(from, m -> "StatusComplete".equals(m.header("Event")) && "s2".equals(m.actionId()),
                AmiTestClient.DEFAULT_WAIT);
        a.send("Action: Status", "AllVariables: true", "ActionID: s3");
        a.awaitMessage(from, m -> "StatusComplete".equals(m.header("Event")) && "s3".equals(m.actionId()),
                AmiTestClient.DEFAULT_WAIT);
        a.send("Action: Status", "Channel: " + two, "Variables: foo,EPOCH,CHANNEL(name)", "ActionID: s4");
        a.awaitMessage(from, m -> "StatusComplete".equals(m.header("Event")) && "s4".equals(m.actionId()),
                AmiTestClient.DEFAULT_WAIT);
        a.request("Action: Status", "Channel: nosuch", "ActionID: s5");
        hangUpAndWait(a, two);
        ChannelVariablesTest.assertSameAsCapture("M01_status", a.messagesSince(from));
    }

    @Test
    void channelVariablesOnEveryEventMatchCaptureM02() throws Exception {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        String two = originate(a, from, "Local/setfoo@default", "Echo");
        hangUpAndWait(a, two);
        ChannelVariablesTest.assertSameAsCapture("M02_channelvars", a.messagesSince(from));
    }

    @Test
    void lifecycleOrderMatchesCaptureM04() throws Exception {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        originate(a, from, "Local/short@default", "Wait");
        sb.clock().advance(Duration.ofSeconds(1)).join();
        a.awaitUntil(() -> a.messages().stream().filter(m -> "NOT_INUSE".equals(m.header("State"))).count() == 2,
                AmiTestClient.DEFAULT_WAIT);
        ChannelVariablesTest.assertSameAsCapture("M04_lifecycle_order", a.messagesSince(from));
    }
}
