package org.switchboard.e2e.calls;

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
 * Capture G01 (sync Originate of Local/s@default to Echo, then Hangup of ;1), in virtual time:
 * the channel events in Asterisk's order, with Asterisk's headers. CEL and Cdr events are
 * covered where those engines are tested.
 */
class OriginateLocalTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"))
            .virtualClock();

    @Test
    void syncOriginateToAnApplicationThenHangupMatchesCaptureG01() {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/s@default", "Application: Echo", "Data: ", "Variable: tag=t1",
                "ActionID: o1");
        // ;2 runs NoOp, Answer (which waits half a second for media), then Echo
        // advance only once ;2 waits in Answer: the Originate reaches the core asynchronously
        a.awaitMessage(from, m -> "Answer".equals(m.header("Application")), AmiTestClient.DEFAULT_WAIT);
        sb.clock().advance(Duration.ofMillis(500)).join();
        AmiMessage echo = a.awaitMessage(from, m -> "Echo".equals(m.header("Application")), AmiTestClient.DEFAULT_WAIT);
        String two = echo.header("Channel");
        assertThat(two).matches("Local/s@default-[0-9a-f]{8};2");
        String one = two.substring(0, two.length() - 1) + "1";

        assertThat(a.request("Action: Getvar", "Channel: " + two, "Variable: tag", "ActionID: g1").header("Value"))
                .isEqualTo("t1");
        assertThat(a.request("Action: Hangup", "Channel: " + one, "ActionID: h1").header("Message"))
                .isEqualTo("Channel Hungup");
        a.awaitUntil(() -> a.messages().stream().filter(m -> "NOT_INUSE".equals(m.header("State"))).count() == 2,
                AmiTestClient.DEFAULT_WAIT);

        // CEL and Cdr records are compared with the capture in CallRecordsCaptureTest
        List<String> seen = a.messagesSince(from).stream()
                .filter(m -> !m.header("Event").equals("CEL") && !m.header("Event").equals("Cdr"))
                .map(m -> describe(m, one, two)).toList();
        assertThat(seen).containsExactly(
                "R o1 Originate successfully queued",
                "Newchannel ;1 Down", "Newchannel ;2 Ring",
                "Newexten ;1 Down AppDial2", "VarSet ;1 Down tag=t1", "VarSet ;2 Ring tag=t1",
                "LocalBridge", "DialBegin Dest ;1",
                "Newexten ;2 Ring NoOp", "Newexten ;2 Ring Answer",
                "Newstate ;2 Up", "Newstate ;1 Up", "DialEnd Dest ;1 ANSWER",
                "DeviceStateChange INUSE", "DeviceStateChange INUSE",
                "Newexten ;2 Up Echo",
                "R g1 null", "R h1 Channel Hungup",
                "HangupRequest ;2 Up cause 0", "Hangup ;1 Up cause 0", "SoftHangupRequest ;2 Up cause 16",
                "Hangup ;2 Up cause 0",
                "DeviceStateChange NOT_INUSE", "DeviceStateChange NOT_INUSE");
    }

    private static String describe(AmiMessage m, String one, String two) {
        String response = m.header("Response");
        if (!response.isEmpty()) {
            String message = m.header("Message");
            return "R " + m.header("ActionID") + " " + (message.isEmpty() ? "null" : message);
        }
        String event = m.header("Event");
        String channel = m.header("Channel").equals(one) ? " ;1" : m.header("Channel").equals(two) ? " ;2" : "";
        StringBuilder b = new StringBuilder(event).append(channel);
        if (!m.header("ChannelStateDesc").isEmpty()) {
            b.append(' ').append(m.header("ChannelStateDesc"));
        }
        switch (event) {
            case "Newexten": b.append(' ').append(m.header("Application")); break;
            case "VarSet": b.append(' ').append(m.header("Variable")).append('=').append(m.header("Value")); break;
            case "DialBegin": b.append(" Dest ;1"); break;
            case "DialEnd": b.append(" Dest ;1 ").append(m.header("DialStatus")); break;
            case "DeviceStateChange": b.append(' ').append(m.header("State")); break;
            case "Hangup": case "HangupRequest": case "SoftHangupRequest":
                b.append(" cause ").append(m.header("Cause")); break;
            default: break;
        }
        return b.toString();
    }
}
