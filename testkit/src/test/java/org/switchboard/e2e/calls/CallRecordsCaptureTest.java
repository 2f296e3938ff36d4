package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.calls.CallRecordStreams.assertSameStream;
import static org.switchboard.e2e.calls.CallRecordStreams.assertSameStreamWithRacingTeardown;
import static org.switchboard.e2e.calls.CallRecordStreams.fromCapture;
import static org.switchboard.e2e.calls.CallRecordStreams.received;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The CEL and Cdr records of the call captures (G01, G02, G03, G05, I01, J01, M03, M04), replayed in virtual
 * time with the capture's configuration (cdr.conf, cdr_manager.conf and cel.conf enable both).
 * Each stream is compared with the capture event by event: names, header order and values, except
 * uniqueids and channel names (which only have to correspond one to one) and wall-clock times
 * (which only have to have Asterisk's shape). Durations come from the virtual time the test lets
 * pass, chosen to give the capture's values.
 */
class CallRecordsCaptureTest {
    @RegisterExtension
    final SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"))
            .virtualClock();

    /** The capture's user (read classes call and cdr among others), logged in. */
    private AmiTestClient user() {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        return a;
    }

    private void advance(long millis) {
        sb.server().quiesce();
        sb.clock().advance(Duration.ofMillis(millis)).join();
    }

    private static void awaitRecords(AmiTestClient a, int from, int cel, int cdr) {
        boolean done = a.awaitUntil(() -> received(a, from, "CEL").size() >= cel
                && received(a, from, "Cdr").size() >= cdr, AmiTestClient.DEFAULT_WAIT);
        if (!done && System.getenv("CELDEBUG") != null) {
            a.messagesSince(from).forEach(m -> System.err.println("DBG " + m.header("Event") + " "
                    + m.header("EventName") + " " + m.header("Channel") + " " + m.header("ChannelStateDesc") + " "
                    + m.header("Application") + " " + m.header("ActionID")));
        }
        assertThat(a.awaitUntil(() -> received(a, from, "CEL").size() >= cel && received(a, from, "Cdr").size() >= cdr,
                AmiTestClient.DEFAULT_WAIT)).as("%d CEL and %d Cdr events", cel, cdr).isTrue();
        a.request("Action: Ping", "ActionID: sync");
    }

    /** Waits until the call's ;2 runs Answer (so the virtual clock only moves once the call runs). */
    private static AmiMessage awaitAnswer(AmiTestClient a, int from) {
        return a.awaitMessage(from, m -> newexten(m, "Answer") && m.header("Channel").endsWith(";2"),
                AmiTestClient.DEFAULT_WAIT);
    }

    private static boolean newexten(AmiMessage m, String application) {
        return m.header("Event").equals("Newexten") && m.header("Application").equals(application);
    }

    private static String partner(String channel) {
        return channel.substring(0, channel.length() - 1) + (channel.endsWith(";1") ? "2" : "1");
    }

    private static void assertStreamsMatch(String capture, AmiTestClient a, int from) {
        if (System.getenv("CELDEBUG") != null) {
            a.messagesSince(from).forEach(m -> System.err.println("DBG " + m.header("Event") + " "
                    + m.header("EventName") + " " + m.header("Channel") + " " + m.header("ChannelStateDesc") + " "
                    + m.header("Application") + " " + m.header("ActionID")));
        }
        CallRecordStreams.Identities ids = new CallRecordStreams.Identities();
        assertSameStream(fromCapture(capture, "a", "CEL"), received(a, from, "CEL"), ids);
        assertSameStream(fromCapture(capture, "a", "Cdr"), received(a, from, "Cdr"), ids);
    }

    @Test
    void g01OriginateToAnApplicationThenHangupOfTheFirstHalf() {
        AmiTestClient a = user();
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/s@default", "Application: Echo", "Data: ", "Variable: tag=t1",
                "ActionID: o1");
        awaitAnswer(a, from);
        advance(500);
        AmiMessage echo = a.awaitMessage(from, m -> newexten(m, "Echo"), AmiTestClient.DEFAULT_WAIT);
        String two = echo.header("Channel");
        advance(600);
        a.request("Action: Hangup", "Channel: " + partner(two), "ActionID: h1");
        awaitRecords(a, from, 9, 2);

        assertStreamsMatch("G01_originate_app", a, from);
    }

    @Test
    void g02OriginateToTheDialplanWithCallerIdThenHangupOfTheFirstHalf() {
        AmiTestClient a = user();
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/wait@default", "Context: default", "Exten: echo", "Priority: 1",
                "CallerID: \"Alice\" <1234>", "ActionID: o2");
        awaitAnswer(a, from);
        advance(500);
        AmiMessage wait = a.awaitMessage(from, m -> newexten(m, "Wait"), AmiTestClient.DEFAULT_WAIT);
        a.request("Action: Hangup", "Channel: " + partner(wait.header("Channel")), "ActionID: a-2");
        awaitRecords(a, from, 9, 2);

        // the capture has ;2 go down first (its Hangup, CEL and Cdr events too): one of the orders
        // of the race between the two halves' final snapshots; ours is the causal one, ;1 first
        CallRecordStreams.Identities ids = new CallRecordStreams.Identities();
        assertSameStreamWithRacingTeardown(fromCapture("G02_originate_dialplan", "a", "CEL"),
                received(a, from, "CEL"), ids, 4);
        assertSameStreamWithRacingTeardown(fromCapture("G02_originate_dialplan", "a", "Cdr"),
                received(a, from, "Cdr"), ids, 0);
    }

    @Test
    void g03TwoAsyncOriginatesHungUpFromAnotherSession() {
        AmiTestClient a = user();
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/s@default", "Application: Echo", "Async: true", "ActionID: o3");
        awaitAnswer(a, from);
        advance(500);
        AmiMessage echo = a.awaitMessage(from, m -> newexten(m, "Echo"), AmiTestClient.DEFAULT_WAIT);
        advance(300);
        int second = a.messageCount();
        a.send("Action: Originate", "Channel: Local/s@default", "Context: default", "Exten: wait", "Priority: 1",
                "Async: yes", "ActionID: o4");
        awaitAnswer(a, second);
        AmiMessage wait = a.awaitMessage(second, m -> newexten(m, "Wait"),
                AmiTestClient.DEFAULT_WAIT);
        // the second call's ;2 is still in Answer (its half second for media) when both are hung up
        advance(300);
        AmiTestClient setup = sb.login("admin", "admin123");
        setup.request("Action: Hangup", "Channel: " + partner(echo.header("Channel")), "ActionID: _setup-2");
        awaitRecords(a, from, 9, 2);
        setup.request("Action: Hangup", "Channel: " + wait.header("Channel"), "ActionID: _setup-3");
        awaitRecords(a, from, 18, 4);

        assertStreamsMatch("G03_originate_async", a, from);
    }

    @Test
    void g05OriginatesWithChannelIds() {
        AmiTestClient a = user();
        int from = a.messageCount();
        String[][] calls = {
            {"Channel: Local/one@default", "Exten: one", "ChannelId: MyCustomId", "OtherChannelId: MyOtherCustomId",
                "ActionID: o1"},
            {"Channel: Local/two@default", "Exten: two", "ChannelId: OnlyOneId", "ActionID: o2"},
            {"Channel: Local/three@default", "Exten: three", "ActionID: o3"},
        };
        for (int i = 0; i < calls.length; i++) {
            int start = a.messageCount();
            List<String> lines = new java.util.ArrayList<>(List.of("Action: Originate", "Context: default",
                    "Priority: 1"));
            lines.addAll(List.of(calls[i]));
            a.send(lines.toArray(String[]::new));
            awaitAnswer(a, start);
            // ;2 answers (half a second), ;1 waits a second and hangs up, which ends ;2 as well
            advance(500);
            advance(500);
            awaitRecords(a, from, 9 * (i + 1), 2 * (i + 1));
        }

        assertStreamsMatch("G05_channelid", a, from);
    }

    @Test
    void m04ShortCallEndedByTheDialplan() {
        AmiTestClient a = user();
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/short@default", "Application: Echo", "ActionID: o1");
        awaitAnswer(a, from);
        advance(500);
        advance(1000);
        awaitRecords(a, from, 9, 2);

        assertStreamsMatch("M04_lifecycle_order", a, from);
    }

    @Test
    void i01FourCallsHungUpFromTheSecondHalf() {
        AmiTestClient a = user();
        int from = a.messageCount();
        String[] causes = {null, "Cause: 17", "Cause: 999", null};
        for (int i = 0; i < causes.length; i++) {
            int start = a.messageCount();
            a.send("Action: Originate", "Channel: Local/s@default", "Application: Echo", "ActionID: o" + (i + 1));
            awaitAnswer(a, start);
            advance(500);
            AmiMessage echo = a.awaitMessage(start, m -> newexten(m, "Echo"), AmiTestClient.DEFAULT_WAIT);
            advance(100);
            // the fourth is addressed by the uniqueid of ;2
            String target = i == 3 ? echo.header("Uniqueid") : echo.header("Channel");
            if (causes[i] == null) {
                a.request("Action: Hangup", "Channel: " + target, "ActionID: h" + (i + 1));
            } else {
                a.request("Action: Hangup", "Channel: " + target, causes[i], "ActionID: h" + (i + 1));
            }
            awaitRecords(a, from, 9 * (i + 1), 2 * (i + 1));
        }

        CallRecordStreams.Identities ids = new CallRecordStreams.Identities();
        List<AmiMessage> cel = fromCapture("I01_hangup", "a", "CEL");
        List<AmiMessage> ours = received(a, from, "CEL");
        assertThat(ours).hasSameSizeAs(cel);
        for (int i = 0; i < 4; i++) {
            List<AmiMessage> want = cel.subList(9 * i, 9 * i + 9);
            List<AmiMessage> got = ours.subList(9 * i, 9 * i + 9);
            if (i % 2 == 0) {
                // calls 1 and 3: the capture has ;1 go down first, the other order of the race
                assertSameStreamWithRacingTeardown(want, got, ids, 4);
            } else {
                assertSameStream(want, got, ids);
            }
        }
        assertSameStream(fromCapture("I01_hangup", "a", "Cdr"), received(a, from, "Cdr"), ids);
    }

    @Test
    void j01CallerIdNameSetFromTheManager() {
        AmiTestClient a = user();
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/s@default", "Application: Echo", "ActionID: o1");
        awaitAnswer(a, from);
        advance(500);
        String two = a.awaitMessage(from, m -> newexten(m, "Echo"), AmiTestClient.DEFAULT_WAIT).header("Channel");
        a.request("Action: Setvar", "Channel: " + two, "Variable: color", "Value: blue", "ActionID: v1");
        a.request("Action: Setvar", "Channel: " + two, "Variable: CALLERID(name)", "Value: Bob", "ActionID: v6");
        advance(700);
        AmiTestClient setup = sb.login("admin", "admin123");
        setup.request("Action: Hangup", "Channel: " + two, "ActionID: _setup-2");
        awaitRecords(a, from, 9, 2);

        assertStreamsMatch("J01_channel_vars", a, from);
    }

    @Test
    void m03ConnectedLineSetByTheSecondHalf() {
        AmiTestClient a = user();
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/cl@default", "Application: Echo", "ActionID: o1");
        awaitAnswer(a, from);
        // ;2 answers, sets CONNECTEDLINE (;1's caller id becomes "Test" <1234>) and hangs up
        advance(500);
        awaitRecords(a, from, 9, 2);

        assertStreamsMatch("M03_connected_line", a, from);
    }
}
