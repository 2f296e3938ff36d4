package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * UserEvents pipelined in one write are handed to the core back to back, not one round trip at a
 * time; the order must still be Asterisk's (capture L01: the ack, then the event, before the next
 * request's answer), with Pings answered in their place and an action that runs on the session's
 * own thread (CoreSettings) waiting for the UserEvents before it.
 */
class PipelinedUserEventTest {
    private static final int REQUESTS = 3_000;

    @RegisterExtension
    SwitchboardExtension sb = BaseConfig.with("");

    @Test
    void ackEventPairsStayInRequestOrderForTheSenderAndEveryListener() {
        AmiTestClient listener = sb.login("admin", "admin123");
        AmiTestClient producer = sb.login("admin", "admin123");
        StringBuilder b = new StringBuilder(REQUESTS * 64);
        for (int i = 0; i < REQUESTS; i++) {
            switch (i % 5) {
                case 3 -> b.append("Action: Ping\r\n");
                case 4 -> b.append("Action: CoreSettings\r\n");
                default -> b.append("Action: UserEvent\r\nUserEvent: Pipe\r\nSeq: ").append(i).append("\r\n");
            }
            b.append("ActionID: ").append(i).append("\r\n\r\n");
        }
        int producerStart = producer.messageCount();
        int listenerStart = listener.messageCount();
        producer.sendRaw(b.toString());
        String last = Integer.toString(REQUESTS - 1);
        producer.awaitMessage(producerStart, m -> last.equals(m.actionId()) && m.headers().has("Response"),
                Duration.ofSeconds(60));

        List<AmiMessage> seen = producer.messagesSince(producerStart).stream()
                .filter(m -> m.headers().has("Response") || "Pipe".equals(m.header("UserEvent"))).toList();
        int at = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String id = Integer.toString(i);
            AmiMessage reply = seen.get(at++);
            assertThat(reply.actionId()).as("reply to request %d", i).isEqualTo(id);
            switch (i % 5) {
                case 3 -> assertThat(reply.header("Ping")).isEqualTo("Pong");
                case 4 -> assertThat(reply.header("AsteriskVersion")).isNotEmpty();
                default -> {
                    assertThat(reply.header("Message")).isEqualTo("Event Sent");
                    AmiMessage event = seen.get(at++);
                    assertThat(event.header("Event")).as("event after ack %d", i).isEqualTo("UserEvent");
                    assertThat(event.header("Seq")).isEqualTo(id);
                }
            }
        }
        assertThat(at).isEqualTo(seen.size());

        int events = REQUESTS / 5 * 3;
        listener.awaitUntil(() -> listener.messagesSince(listenerStart).stream()
                .filter(m -> "Pipe".equals(m.header("UserEvent"))).count() == events, Duration.ofSeconds(30));
        List<String> order = listener.messagesSince(listenerStart).stream()
                .filter(m -> "Pipe".equals(m.header("UserEvent"))).map(m -> m.header("Seq")).toList();
        assertThat(order).hasSize(events);
        for (int n = 0, i = 0; i < REQUESTS; i++) {
            if (i % 5 < 3) {
                assertThat(order.get(n++)).isEqualTo(Integer.toString(i));
            }
        }
    }

    @Test
    void aLogoffBehindPipelinedUserEventsComesAfterAllOfThem() {
        AmiTestClient producer = sb.login("admin", "admin123");
        producer.request("Action: Events", "EventMask: off", "ActionID: quiet");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            b.append("Action: UserEvent\r\nUserEvent: BeforeLogoff\r\nActionID: ").append(i).append("\r\n\r\n");
        }
        b.append("Action: Logoff\r\nActionID: bye\r\n\r\n");
        b.append("Action: UserEvent\r\nUserEvent: AfterLogoff\r\nActionID: never\r\n\r\n");
        int start = producer.messageCount();
        producer.sendRaw(b.toString());
        assertThat(producer.awaitClosed(Duration.ofSeconds(30))).isTrue();

        List<AmiMessage> replies = producer.messagesSince(start);
        assertThat(replies).hasSize(501);
        for (int i = 0; i < 500; i++) {
            assertThat(replies.get(i).actionId()).isEqualTo(Integer.toString(i));
            assertThat(replies.get(i).header("Message")).isEqualTo("Event Sent");
        }
        assertThat(replies.get(500).headers().lines())
                .containsExactly("Response: Goodbye", "ActionID: bye", "Message: Thanks for all the fish.");
    }
}
