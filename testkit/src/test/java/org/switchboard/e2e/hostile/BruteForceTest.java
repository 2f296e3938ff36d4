package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.e2e.VirtualTimers;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Brute-force logins (spec 01 §2.3, §8; manager.c authenticate, action_login): every failed
 * attempt raises its security event at once, is answered {@code Authentication failed} only after
 * Asterisk's one-second sleep, and is then disconnected; meanwhile the right password logs in
 * without waiting. The sleep runs on the PBX clock, here a virtual one, so the test moves time
 * itself instead of measuring it.
 */
class BruteForceTest extends HostileTestBase {
    private static final int ATTACKERS = 24;

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("").virtualClock();
    }

    @Test
    void everyFailureIsReportedAndHeldForASecondWhileTheRightPasswordGetsIn() {
        AmiTestClient monitor = login("secmon", "secpw");
        monitor.awaitEvent("SuccessfulAuth");
        int mark = monitor.messageCount();

        List<AmiTestClient> attackers = new ArrayList<>();
        for (int i = 0; i < ATTACKERS; i++) {
            AmiTestClient a = connect();
            a.banner();
            a.send(attempt(i));
            attackers.add(a);
        }
        // each attempt is reported straight away, with the event its kind of failure raises
        await().atMost(Duration.ofSeconds(10)).until(() -> failures(monitor, mark).size() == ATTACKERS);
        List<AmiMessage> events = failures(monitor, mark);
        assertThat(events.stream().filter(e -> e.header("Event").equals("InvalidPassword"))).hasSize(ATTACKERS / 3);
        assertThat(events.stream().filter(e -> e.header("Event").equals("InvalidAccountID"))).hasSize(ATTACKERS / 3);
        assertThat(events.stream().filter(e -> e.header("Event").equals("ChallengeResponseFailed"))).hasSize(ATTACKERS / 3);

        // other users are not held up: the right secret logs in now, on the same frozen clock
        AmiTestClient rightful = login("admin", "admin123");
        assertThat(rightful.request("Action: Ping", "ActionID: in").header("Ping")).isEqualTo("Pong");

        // the failures wait for their second: nothing answered or closed before it has passed
        VirtualTimers.awaitPending(sb, ATTACKERS);
        sb.clock().advance(Duration.ofMillis(999)).join();
        for (AmiTestClient a : attackers) {
            assertThat(a.messages().stream().filter(m -> m.header("Response").equals("Error"))).isEmpty();
            assertThat(a.isClosed()).isFalse();
        }
        sb.clock().advance(Duration.ofMillis(1)).join();
        for (int i = 0; i < ATTACKERS; i++) {
            AmiTestClient a = attackers.get(i);
            String id = "bf-" + i;
            AmiMessage reply = a.awaitMessage(0, m -> id.equals(m.actionId()), Duration.ofSeconds(10));
            assertThat(reply.headers().lines()).containsExactly("Response: Error", "ActionID: " + id,
                    "Message: Authentication failed");
            assertThat(a.awaitClosed(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(rightful.request("Action: Ping", "ActionID: still").header("Ping")).isEqualTo("Pong");
    }

    /** A third guess the password, a third name nobody has, a third send a wrong MD5 key. */
    private static String[] attempt(int i) {
        String id = "ActionID: bf-" + i;
        return switch (i % 3) {
            case 0 -> new String[] {"Action: Login", "Username: admin", "Secret: guess" + i, id};
            case 1 -> new String[] {"Action: Login", "Username: nobody" + i, "Secret: x", id};
            default -> new String[] {"Action: Challenge", "AuthType: MD5", "ActionID: ch-" + i, "",
                "Action: Login", "AuthType: MD5", "Username: admin", "Key: 0123456789abcdef0123456789abcdef", id};
        };
    }

    private static List<AmiMessage> failures(AmiTestClient monitor, int from) {
        return monitor.messagesSince(from).stream()
                .filter(m -> List.of("InvalidPassword", "InvalidAccountID", "ChallengeResponseFailed")
                        .contains(m.header("Event")))
                .toList();
    }
}
