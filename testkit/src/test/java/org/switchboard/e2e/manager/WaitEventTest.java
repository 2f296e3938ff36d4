package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** WaitEvent on a socket session (spec 01 §9.1; manager.c action_waitevent). */
class WaitEventTest {
    @RegisterExtension
    static SwitchboardExtension sb = BaseConfig.with("");

    private static List<AmiMessage> after(AmiTestClient c, int from) {
        return c.messagesSince(from);
    }

    /** Waits until the server has a session parked in WaitEvent (through the embedded API). */
    private static void awaitParked() {
        await().atMost(Duration.ofSeconds(5)).until(() -> sb.server().runtime().core()
                .submit(() -> sb.server().runtime().dispatcher().waiterCount()).join() > 0);
    }

    @Test
    void anEventEndsTheWaitAndIsDeliveredInsideTheReply() {
        AmiTestClient waiter = sb.login("reader", "readerpw");
        // logged in first: its own SuccessfulAuth would otherwise be the event that ends the wait
        AmiTestClient admin = sb.login("admin", "admin123");
        int from = waiter.messageCount();
        waiter.send("Action: WaitEvent", "Timeout: 30", "ActionID: w");
        awaitParked();
        admin.request("Action: UserEvent", "UserEvent: Wake", "ActionID: u");
        waiter.awaitMessage(from, m -> "WaitEventComplete".equals(m.header("Event")), Duration.ofSeconds(10));
        List<AmiMessage> got = after(waiter, from);
        assertThat(got).hasSize(3);
        assertThat(got.get(0).headers().lines()).containsExactly("Response: Success", "ActionID: w",
                "Message: Waiting for Event completed.");
        assertThat(got.get(1).header("UserEvent")).isEqualTo("Wake");
        assertThat(got.get(2).headers().lines()).containsExactly("Event: WaitEventComplete", "ActionID: w");
    }

    @Test
    void timeoutZeroAnswersAtOnce() {
        AmiTestClient c = sb.login("reader", "readerpw");
        int from = c.messageCount();
        c.send("Action: WaitEvent", "Timeout: 0", "ActionID: z");
        c.awaitMessage(from, m -> "WaitEventComplete".equals(m.header("Event")), Duration.ofSeconds(5));
        assertThat(after(c, from)).hasSize(2);
    }

    @Test
    void theTimeoutEndsTheWaitWithNoEvents() {
        AmiTestClient c = sb.login("reader", "readerpw");
        int from = c.messageCount();
        c.send("Action: WaitEvent", "Timeout: 1", "ActionID: t");
        c.awaitMessage(from, m -> "WaitEventComplete".equals(m.header("Event")), Duration.ofSeconds(5));
        assertThat(after(c, from)).hasSize(2);
    }

    @Test
    void anEventTheSessionCannotSeeStillEndsTheWait() {
        // 22.10.1 wakes on any new event: the reply then carries none
        AmiTestClient calls = sb.login("callonly", "callpw");
        AmiTestClient admin = sb.login("admin", "admin123");
        int from = calls.messageCount();
        calls.send("Action: WaitEvent", "ActionID: any");
        awaitParked();
        admin.request("Action: UserEvent", "UserEvent: NotForCalls", "ActionID: u");
        calls.awaitMessage(from, m -> "WaitEventComplete".equals(m.header("Event")), Duration.ofSeconds(10));
        assertThat(after(calls, from)).hasSize(2);
    }

    @Test
    void inputEndsTheWaitAndIsThenAnswered() {
        AmiTestClient c = sb.login("reader", "readerpw");
        int from = c.messageCount();
        c.send("Action: WaitEvent", "ActionID: w");
        awaitParked();
        AmiMessage pong = c.request("Action: Ping", "ActionID: p");
        List<AmiMessage> got = after(c, from);
        assertThat(got).hasSize(3);
        assertThat(got.get(0).actionId()).isEqualTo("w");
        assertThat(got.get(1).header("Event")).isEqualTo("WaitEventComplete");
        assertThat(got.get(2)).isEqualTo(pong);
    }
}
