package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.testkit.AmiAssertions.assertLines;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Security events as AMI raises them (spec 01 §8; security_events.c sec_events[]): required
 * elements in table order, then the optional ones. A `secmon` session (read = security) watches
 * what other sessions do. Per-test server: each test reads the whole event stream.
 */
class SecurityEventsTest {
    @RegisterExtension
    SwitchboardExtension sb = CaptureConfig.server();

    private AmiTestClient monitor;

    @BeforeEach
    void watch() {
        monitor = sb.login("secmon", "secpw");
        // secmon's own login is the first event it sees
        monitor.awaitEvent("SuccessfulAuth");
    }

    private int mark;

    /** Remembers where the monitor's inbox is, before the test provokes an event. */
    private void mark() {
        mark = monitor.messageCount();
    }

    /** The first event of that name since the last mark. */
    private AmiMessage next(String event) {
        return monitor.awaitMessage(mark, m -> event.equals(m.header("Event")), Duration.ofSeconds(10));
    }

    @Test
    void successfulAuth() {
        mark();
        sb.login("admin", "admin123");
        assertLines(next("SuccessfulAuth"),
                "Event: SuccessfulAuth",
                "Privilege: security,all",
                "EventTV: 2026-01-01T00:00:00.000+0000",
                "Severity: Informational",
                "Service: AMI",
                "EventVersion: 1",
                "AccountID: admin",
                "SessionID: 0x1",
                "LocalAddress: IPV4/TCP/127.0.0.1/1",
                "RemoteAddress: IPV4/TCP/127.0.0.1/1",
                "UsingPassword: 0",
                "SessionTV: 2026-01-01T00:00:00.000+0000");
    }

    @Test
    void invalidPasswordIsVersionTwoAndItsSessionTvIsTheEpoch() {
        mark();
        sb.connect().login("admin", "wrong");
        AmiMessage e = next("InvalidPassword");
        assertLines(e,
                "Event: InvalidPassword",
                "Privilege: security,all",
                "EventTV: 2026-01-01T00:00:00.000+0000",
                "Severity: Error",
                "Service: AMI",
                "EventVersion: 2",
                "AccountID: admin",
                "SessionID: 0x1",
                "LocalAddress: IPV4/TCP/127.0.0.1/1",
                "RemoteAddress: IPV4/TCP/127.0.0.1/1",
                "SessionTV: 2026-01-01T00:00:00.000+0000");
        assertThat(e.header("SessionTV")).startsWith("1970-01-01T");
    }

    @Test
    void invalidAccountIdNamesTheUserSent() {
        mark();
        sb.connect().login("NoSuchOne", "x");
        AmiMessage e = next("InvalidAccountID");
        assertThat(e.header("AccountID")).isEqualTo("NoSuchOne");
        assertThat(e.header("EventVersion")).isEqualTo("1");
    }

    @Test
    void failedAcl() {
        mark();
        sb.connect().login("only2", "mysecret");
        AmiMessage e = next("FailedACL");
        assertThat(e.header("AccountID")).isEqualTo("only2");
        assertThat(e.headers().lines()).noneMatch(l -> l.startsWith("ACLName"));
    }

    @Test
    void challengeResponseFailedShowsBothKeys() {
        mark();
        AmiTestClient c = sb.connect();
        String challenge = c.request("Action: Challenge", "AuthType: MD5", "ActionID: c").header("Challenge");
        c.request("Action: Login", "AuthType: MD5", "Username: user", "Key: 00000000000000000000000000000000",
                "ActionID: l");
        AmiMessage e = next("ChallengeResponseFailed");
        assertLines(e,
                "Event: ChallengeResponseFailed",
                "Privilege: security,all",
                "EventTV: 2026-01-01T00:00:00.000+0000",
                "Severity: Error",
                "Service: AMI",
                "EventVersion: 1",
                "AccountID: user",
                "SessionID: 0x1",
                "LocalAddress: IPV4/TCP/127.0.0.1/1",
                "RemoteAddress: IPV4/TCP/127.0.0.1/1",
                "Challenge: " + challenge,
                "Response: 00000000000000000000000000000000",
                "ExpectedResponse: " + e.header("ExpectedResponse"),
                "SessionTV: 2026-01-01T00:00:00.000+0000");
        assertThat(e.header("ExpectedResponse")).matches("[0-9a-f]{32}");
    }

    @Test
    void requestNotAllowedBeforeLoginAndForMissingWritePermission() {
        mark();
        AmiTestClient c = sb.connect();
        c.request("Action: Ping", "ActionID: p");
        AmiMessage before = next("RequestNotAllowed");
        assertThat(before.header("AccountID")).isEmpty();
        assertThat(before.header("RequestType")).isEqualTo("Action: Ping");

        AmiTestClient calls = sb.login("calls", "callspw");
        mark();
        calls.request("Action: UserEvent", "UserEvent: x", "ActionID: u");
        AmiMessage after = next("RequestNotAllowed");
        assertThat(after.header("AccountID")).isEqualTo("calls");
        assertThat(after.header("RequestType")).isEqualTo("Action: UserEvent");
    }

    @Test
    void requestBadFormatHasNoRequiredAccountIdButAnOptionalOne() {
        mark();
        AmiTestClient c = sb.login("user", "mysecret");
        c.request("Action: FlyToTheMoon", "ActionID: f");
        assertLines(next("RequestBadFormat"),
                "Event: RequestBadFormat",
                "Privilege: security,all",
                "EventTV: 2026-01-01T00:00:00.000+0000",
                "Severity: Error",
                "Service: AMI",
                "EventVersion: 1",
                "SessionID: 0x1",
                "LocalAddress: IPV4/TCP/127.0.0.1/1",
                "RemoteAddress: IPV4/TCP/127.0.0.1/1",
                "RequestType: Action: FlyToTheMoon",
                "SessionTV: 2026-01-01T00:00:00.000+0000",
                "AccountID: user");
        mark();
        c.send("ActionID: none");
        assertThat(next("RequestBadFormat").header("RequestType")).isEqualTo("Action: NONE");
    }

    /**
     * manager.c process_message writes the error reply itself, at once; the security event goes
     * through stasis into the event queue, which the session's own thread empties only after the
     * reply. So a session that watches security events sees its reply first, then the event.
     */
    @Test
    void aSessionsOwnReplyComesBeforeTheSecurityEventItCaused() {
        String[][] cases = {
                {"ActionID: noaction", "Missing action in request", "RequestBadFormat"},
                {"Action: FlyToTheMoon", "Invalid/unknown command: FlyToTheMoon. Use Action: ListCommands to show available commands.",
                        "RequestBadFormat"},
                {"Action: UserEvent", "Permission denied", "RequestNotAllowed"},
        };
        for (String[] c : cases) {
            mark();
            monitor.send(c[0]);
            next(c[2]);
            List<AmiMessage> seen = monitor.messagesSince(mark);
            assertThat(seen).as(c[0]).hasSizeGreaterThanOrEqualTo(2);
            assertThat(seen.get(0).header("Response")).as(c[0]).isEqualTo("Error");
            assertThat(seen.get(0).header("Message")).as(c[0]).isEqualTo(c[1]);
            assertThat(seen.get(1).header("Event")).as(c[0]).isEqualTo(c[2]);
        }
    }

    @Test
    void aLongActionNameIsCutWhereAsteriskFormatsItIntoFixedBuffers() {
        String name = "X".repeat(600);
        mark();
        AmiTestClient c = sb.login("user", "mysecret");
        AmiMessage reply = c.request("Action: " + name, "ActionID: long");
        // process_message: snprintf into char[512]
        String full = "Invalid/unknown command: " + name + ". Use Action: ListCommands to show available commands.";
        assertThat(reply.header("Message")).isEqualTo(full.substring(0, 511));
        // report_req_bad_format / report_req_not_allowed: "Action: %s" into char[64]
        assertThat(next("RequestBadFormat").header("RequestType")).isEqualTo("Action: " + "X".repeat(55));
        mark();
        sb.connect().request("Action: " + name, "ActionID: early");
        assertThat(next("RequestNotAllowed").header("RequestType")).isEqualTo("Action: " + "X".repeat(55));
    }

    @Test
    void sessionLimitForASecondLoginOfASingleUser() {
        mark();
        sb.login("single", "singlepw");
        sb.connect().login("single", "singlepw");
        AmiMessage e = next("SessionLimit");
        assertThat(e.header("AccountID")).isEmpty();
        assertThat(e.header("Severity")).isEqualTo("Error");
    }

    @Test
    void challengeSentIsNeverRaised() {
        mark();
        sb.connect().request("Action: Challenge", "AuthType: MD5", "ActionID: c");
        sb.login("admin", "admin123");
        next("SuccessfulAuth");
        assertThat(monitor.find(m -> "ChallengeSent".equals(m.header("Event")))).isEmpty();
    }
}
