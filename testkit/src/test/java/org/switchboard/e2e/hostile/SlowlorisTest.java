package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Slowloris: clients that send a request one byte at a time (spec 01 §2.2; manager.c get_input).
 * Before login, authtimeout counts from the connect, whatever arrives, so a trickling client is
 * dropped and gives its authlimit slot back; after login Asterisk has no read timeout, so a slow
 * but honest client is served, and nobody else waits for it.
 */
class SlowlorisTest extends HostileTestBase {
    private static final String LOGIN = "Action: Login\r\nUsername: admin\r\nSecret: admin123\r\nActionID: slow\r\n\r\n";
    /** At this pace the login above needs more than 6 s; authtimeout = 1 ends it within 2 s. */
    private static final Duration PACE = Duration.ofMillis(100);

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("authtimeout = 1\nauthlimit = 3\n");
    }

    private final Trickle trickle = new Trickle();

    @AfterEach
    void stopTrickling() {
        trickle.close();
    }

    @Test
    void aTricklingLoginIsDroppedAtAuthtimeoutWithoutAnAnswer() {
        AmiTestClient slow = connect();
        assertThat(slow.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        CompletableFuture<Boolean> sent = trickle.send(slow, LOGIN, PACE);

        await().atMost(Duration.ofSeconds(10)).until(slow::isClosed);
        assertThat(sent.join()).as("the server hung up before the request was complete").isFalse();
        assertThat(slow.messages()).isEmpty();
    }

    @Test
    void tricklingClientsHoldAuthlimitSlotsOnlyUntilAuthtimeout() {
        List<AmiTestClient> slow = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            AmiTestClient c = connect();
            assertThat(c.banner()).isNotNull();
            trickle.send(c, LOGIN, PACE);
            slow.add(c);
        }
        // the slots are taken: a fourth client is closed at once, without a banner (manager.c session_do)
        AmiTestClient refused = connect();
        assertThat(refused.awaitClosed(Duration.ofSeconds(5))).isTrue();
        assertThat(refused.received()).isEmpty();

        await().atMost(Duration.ofSeconds(10)).until(() -> slow.stream().allMatch(AmiTestClient::isClosed));
        await().atMost(Duration.ofSeconds(5)).until(() -> sb.server().runtime().sessions().unauthenticatedCount() == 0);
    }

    @Test
    void aLoggedInClientMayTrickleAndOthersAreServedMeanwhile() {
        AmiTestClient slow = login("admin", "admin123");
        AmiTestClient other = login("reader", "readerpw");
        int before = slow.messageCount();
        CompletableFuture<Boolean> sent = trickle.send(slow, "Action: Ping\r\nActionID: trickled\r\n\r\n", Duration.ofMillis(50));

        // while the slow request is half written, another session is answered
        assertThat(other.request("Action: Ping", "ActionID: quick").header("Ping")).isEqualTo("Pong");
        assertThat(sent.join()).isTrue();
        assertThat(slow.awaitMessage(before, m -> "trickled".equals(m.actionId()), Duration.ofSeconds(10))
                .header("Ping")).isEqualTo("Pong");
        assertThat(slow.isClosed()).isFalse();
    }
}
