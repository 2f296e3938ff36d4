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
 * The exact edges of input framing over a socket (spec 01 §1.2; manager.c get_input, do_message):
 * a line and its terminator must fit 1024 bytes, an overflow keeps the last byte (it may be the CR
 * of a CR LF), a bare CR stays inside a line, and a too-many-lines message leaves a pending
 * line-too-long flag for the next one.
 */
class InputFramingTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** A header line "X: aaa..." whose content (without line end) is {@code length} bytes. */
    private static String lineOf(int length) {
        return "X: " + "a".repeat(length - 3);
    }

    @RegisterExtension
    SwitchboardExtension sb = BaseConfig.with("");

    @Test
    void contentOf1022BytesWithCrLfOr1023WithLfFits() {
        AmiTestClient c = sb.login("admin", "admin123");
        c.sendRaw("Action: Ping\r\n" + lineOf(1022) + "\r\nActionID: crlf\r\n\r\n");
        assertThat(c.awaitMessage(0, m -> "crlf".equals(m.actionId()), WAIT).header("Ping")).isEqualTo("Pong");
        c.sendRaw("Action: Ping\n" + lineOf(1023) + "\nActionID: lf\n\n");
        assertThat(c.awaitMessage(0, m -> "lf".equals(m.actionId()), WAIT).header("Ping")).isEqualTo("Pong");
    }

    @Test
    void oneByteMoreWithLfIsTooLongAndTheTailIsAHeader() {
        AmiTestClient c = sb.login("admin", "admin123");
        // 1024 bytes and no LF: all but the last byte dropped; that byte plus LF is a useless header
        c.sendRaw("Action: Ping\n" + lineOf(1024) + "\nActionID: lf\n\n");
        AmiMessage r = c.awaitMessage(0, m -> "lf".equals(m.actionId()), WAIT);
        assertThat(r.headers().lines()).containsExactly("Response: Error", "ActionID: lf",
                "Message: Failed to parse message: line too long");
        assertThat(c.request("Action: Ping", "ActionID: after").header("Ping")).isEqualTo("Pong");
    }

    @Test
    void oneByteMoreWithCrLfEndsTheMessageAtTheKeptCr() {
        AmiTestClient c = sb.login("admin", "admin123");
        int from = c.messageCount();
        // 1023 bytes + CR fill the buffer; the CR is kept, and with the LF it makes a blank line,
        // which closes the message before its ActionID; the ActionID then forms a message alone
        c.sendRaw("Action: Ping\r\n" + lineOf(1023) + "\r\nActionID: crlf\r\n\r\n");
        AmiMessage missing = c.awaitMessage(from, m -> "crlf".equals(m.actionId()), WAIT);
        assertThat(missing.headers().lines()).containsExactly("Response: Error", "ActionID: crlf",
                "Message: Missing action in request");
        List<AmiMessage> replies = c.messagesSince(from).stream().filter(m -> m.headers().has("Response")).toList();
        assertThat(replies.get(0).headers().lines()).containsExactly("Response: Error",
                "Message: Failed to parse message: line too long");
        assertThat(replies.get(1)).isEqualTo(missing);
    }

    @Test
    void tooManyLinesLeavesALineTooLongPendingForTheNextMessage() {
        AmiTestClient c = sb.login("admin", "admin123");
        StringBuilder b = new StringBuilder("Action: Ping\r\nActionID: many\r\n").append(lineOf(2000)).append("\r\n");
        for (int i = 0; i < 130; i++) {
            b.append("H").append(i).append(": v\r\n");
        }
        c.sendRaw(b.append("\r\n").toString());
        assertThat(c.awaitMessage(0, m -> "many".equals(m.actionId()), WAIT).header("Message"))
                .isEqualTo("Too many lines in message or allocation failure");
        // a faultless Ping still gets the flag the first message left behind, which it clears
        assertThat(c.request("Action: Ping", "ActionID: next").header("Message"))
                .isEqualTo("Failed to parse message: line too long");
        assertThat(c.request("Action: Ping", "ActionID: third").header("Ping")).isEqualTo("Pong");
    }

    @Test
    void aBareCrStaysInsideTheLine() {
        AmiTestClient c = sb.login("admin", "admin123");
        c.sendRaw("Action: Ping\r\nActionID: a\rb\r\n\r\n");
        c.request("Action: Ping", "ActionID: sync");
        assertThat(c.received()).contains("Response: Success\r\nActionID: a\rb\r\nPing: Pong\r\n");
        // in the action name it makes an unknown action
        c.sendRaw("Action: Ping\rX\r\nActionID: c\r\n\r\n");
        c.request("Action: Ping", "ActionID: sync2");
        assertThat(c.received()).contains("Response: Error\r\nActionID: c\r\n"
                + "Message: Invalid/unknown command: Ping\rX. Use Action: ListCommands to show available commands.\r\n\r\n");
    }

    @Test
    void aBlankLineBeforeLoginIsAMessageToo() {
        AmiTestClient c = sb.connect();
        assertThat(c.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        c.sendRaw("\n");
        c.sendRaw("ActionID: x\r\n\r\n");
        AmiMessage r = c.awaitMessage(0, m -> "x".equals(m.actionId()), WAIT);
        assertThat(r.headers().lines()).containsExactly("Response: Error", "ActionID: x", "Message: Missing action in request");
        assertThat(c.received()).startsWith("Asterisk Call Manager/11.0.0\r\n"
                + "Response: Error\r\nMessage: Missing action in request\r\n\r\n");
    }
}
