package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** What the call tests share: logging in, moving virtual time, expecting an error response. */
final class CallTests {
    private CallTests() { }

    static AmiTestClient login(SwitchboardExtension sb) {
        AmiTestClient a = sb.login("admin", "admin123");
        a.awaitEvent("FullyBooted");
        return a;
    }

    /** Advances PBX time in 100 ms steps, letting queued core work run before and after. */
    static void advance(SwitchboardExtension sb, Duration d) {
        sb.server().onCore(() -> null);
        for (long ms = 0; ms < d.toMillis(); ms += 100) {
            sb.clock().advance(Duration.ofMillis(100)).join();
        }
        sb.server().onCore(() -> null);
    }

    /**
     * Waits until every event the server has produced so far has reached {@code a}: the server
     * finishes what it received, idle work such as device states included (quiesce), then a
     * Ping's response, behind those events on the session, comes back. CallLog leaves that
     * response out.
     */
    static void settle(SwitchboardExtension sb, AmiTestClient a) {
        sb.server().quiesce();
        a.request("Action: Ping", "ActionID: " + CallLog.SETTLE);
    }

    /** Sends the action; it must fail; returns its Message. */
    static String error(AmiTestClient a, String... lines) {
        String[] withId = new String[lines.length + 1];
        System.arraycopy(lines, 0, withId, 0, lines.length);
        withId[lines.length] = "ActionID: err";
        AmiMessage r = a.request(withId);
        assertThat(r.header("Response")).isEqualTo("Error");
        return r.header("Message");
    }

    /** Hangs the channel up and lets the call end. */
    static void hangup(SwitchboardExtension sb, AmiTestClient a, String channel) {
        a.request("Action: Hangup", "Channel: " + channel, "ActionID: cleanup");
        advance(sb, Duration.ofSeconds(1));
    }
}
