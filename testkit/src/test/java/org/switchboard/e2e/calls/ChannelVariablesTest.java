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
 * Captures J01 (Getvar / Setvar on a channel, functions included) and J02 (globals, functions
 * without a channel, errors), in virtual time, message for message: each channel's events and the
 * responses in Asterisk's order with Asterisk's headers.
 */
class ChannelVariablesTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallCapture.CAPTURES.resolve("etc"))
            .virtualClock();

    @Test
    void channelVariablesMatchCaptureJ01() throws Exception {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/s@default", "Application: Echo", "ActionID: o1");
        // ;2 runs NoOp, then Answer, which waits half a second for media
        a.awaitMessage(from, m -> "Answer".equals(m.header("Application")), AmiTestClient.DEFAULT_WAIT);
        sb.clock().advance(Duration.ofMillis(500)).join();
        AmiMessage echo = a.awaitMessage(from, m -> "Echo".equals(m.header("Application")), AmiTestClient.DEFAULT_WAIT);
        String two = echo.header("Channel");
        String twoId = echo.header("Uniqueid");

        a.request("Action: Setvar", "Channel: " + two, "Variable: color", "Value: blue", "ActionID: v1");
        assertThat(a.request("Action: Getvar", "Channel: " + two, "Variable: color", "ActionID: v2").header("Value"))
                .isEqualTo("blue");
        a.request("Action: Getvar", "Channel: " + two, "Variable: nosuchvar", "ActionID: v3");
        assertThat(a.request("Action: Getvar", "Channel: " + twoId, "Variable: CHANNEL(name)", "ActionID: v4")
                .header("Value")).isEqualTo(two);
        a.request("Action: Getvar", "Channel: " + two, "Variable: CALLERID(num)", "ActionID: v5");
        a.request("Action: Setvar", "Channel: " + two, "Variable: CALLERID(name)", "Value: Bob", "ActionID: v6");
        a.awaitEvent("NewCallerid");

        AmiTestClient setup = sb.login("admin", "admin123");
        setup.request("Action: Hangup", "Channel: " + two, "ActionID: _setup-2");
        a.awaitUntil(() -> a.messages().stream().filter(m -> "NOT_INUSE".equals(m.header("State"))).count() == 2,
                AmiTestClient.DEFAULT_WAIT);

        assertSameAsCapture("J01_channel_vars", a.messagesSince(from));
    }

    @Test
    void globalVariablesAndErrorsMatchCaptureJ02() throws Exception {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        a.request("Action: Setvar", "Variable: GVAR", "Value: 42", "ActionID: g1");
        a.request("Action: Getvar", "Variable: GVAR", "ActionID: g2");
        a.request("Action: Getvar", "Variable: GLOBAL(GVAR)", "ActionID: g3");
        a.request("Action: Setvar", "Variable: GLOBAL(GVAR2)", "Value: x y", "ActionID: g4");
        a.request("Action: Getvar", "Variable: GVAR2", "ActionID: g5");
        a.request("Action: Getvar", "Variable: LEN(hello)", "ActionID: g6");
        a.request("Action: Setvar", "Value: 1", "ActionID: e1");
        a.request("Action: Getvar", "ActionID: e2");
        a.request("Action: Setvar", "Channel: nosuch/chan", "Variable: x", "Value: 1", "ActionID: e3");
        a.request("Action: Getvar", "Channel: nosuch/chan", "Variable: x", "ActionID: e4");
        a.request("Action: Setvar", "Variable: NOSUCHFUNC(x)", "Value: 1", "ActionID: e5");
        a.request("Action: Setvar", "Variable: PRESENCE_STATE(CustomPresence:X)", "Value: bogus", "ActionID: e6");
        a.request("Action: Getvar", "Variable: NOSUCHFUNC(x)", "ActionID: e7");
        assertSameAsCapture("J02_global_vars", a.messagesSince(from));
    }

    /** Compares with connection 'a' of the capture after its FullyBooted, CEL and Cdr left out. */
    static void assertSameAsCapture(String capture, List<AmiMessage> ours) throws Exception {
        List<AmiMessage> theirs = CallCapture.received(capture, "a");
        int booted = 0;
        while (!"FullyBooted".equals(theirs.get(booted).header("Event"))) {
            booted++;
        }
        theirs = theirs.subList(booted + 1, theirs.size());
        CallCapture.assertSame(CallCapture.bySubject(ours, CallCapture::notCelOrCdr),
                CallCapture.bySubject(theirs, CallCapture::notCelOrCdr));
    }
}
