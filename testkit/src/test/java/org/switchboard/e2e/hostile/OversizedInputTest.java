package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Input far past every limit, at megabyte scale (spec 01 §1.2; manager.c get_input): the server
 * keeps a 1024-byte line buffer and 128 lines per message whatever arrives, answers Asterisk's
 * error once at the blank line, and the session goes on. BadInputTest has the small cases.
 */
class OversizedInputTest extends HostileTestBase {

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("");
    }

    @Test
    void aLineOfEightMegabytesIsOneLineTooLongError() {
        AmiTestClient c = login("admin", "admin123");
        int before = c.messageCount();
        c.sendRaw("Action: Ping\r\nActionID: huge\r\nX-Pad: ");
        byte[] chunk = "y".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 8; i++) {
            c.sendRaw(chunk);
        }
        c.sendRaw("\r\n\r\n");
        AmiMessage reply = c.awaitMessage(before, m -> "huge".equals(m.actionId()), Duration.ofSeconds(30));
        assertThat(reply.headers().lines()).containsExactly("Response: Error", "ActionID: huge",
                "Message: Failed to parse message: line too long");
        assertThat(c.request("Action: Ping", "ActionID: after").header("Ping")).isEqualTo("Pong");
        // one reply for the whole thing: the rest of the line was not taken for messages
        assertThat(c.messagesSince(before).stream().filter(m -> m.headers().has("Response")))
                .hasSize(2);
    }

    @Test
    void aHundredThousandHeaderLinesAreOneTooManyLinesError() {
        AmiTestClient c = login("admin", "admin123");
        int before = c.messageCount();
        StringBuilder b = new StringBuilder("Action: Ping\r\nActionID: many\r\n");
        for (int i = 0; i < 100_000; i++) {
            b.append("X-").append(i).append(": value\r\n");
        }
        c.sendRaw(b.append("\r\n").toString());
        AmiMessage reply = c.awaitMessage(before, m -> "many".equals(m.actionId()), Duration.ofSeconds(30));
        assertThat(reply.header("Message")).isEqualTo("Too many lines in message or allocation failure");
        assertThat(c.request("Action: Ping", "ActionID: after").header("Ping")).isEqualTo("Pong");
    }

    @Test
    void anOversizedRequestBeforeLoginIsAnsweredTheSameWay() {
        AmiTestClient c = connect();
        c.banner();
        c.sendRaw("Action: Login\r\nUsername: " + "a".repeat(100_000) + "\r\nActionID: pre\r\n\r\n");
        AmiMessage reply = c.awaitMessage(0, m -> "pre".equals(m.actionId()), Duration.ofSeconds(10));
        assertThat(reply.header("Message")).isEqualTo("Failed to parse message: line too long");
        assertThat(c.login("admin", "admin123").header("Response")).isEqualTo("Success");
    }

    @Test
    void aMaximalMessageIsServedWhole() {
        // 128 lines of 1022 bytes each: the largest request Asterisk reads without complaint
        AmiTestClient c = login("reader", "readerpw");
        AmiTestClient producer = login("admin", "admin123");
        StringBuilder b = new StringBuilder("Action: UserEvent\r\nUserEvent: Max\r\nActionID: max\r\n");
        for (int i = 3; i < 128; i++) {
            String name = "H" + i + ": ";
            b.append(name).append(Character.toString('a' + i % 26).repeat(1022 - name.length())).append("\r\n");
        }
        producer.sendRaw(b.append("\r\n").toString());
        AmiMessage event = c.awaitEvent("UserEvent");
        assertThat(event.headers().lines()).hasSize(2 + 1 + 125 + 1);   // Event, Privilege, UserEvent, H3..H127, ActionID
        assertThat(event.headers().lines().stream().filter(l -> l.startsWith("H")))
                .allMatch(l -> l.length() == 1022);
    }
}
