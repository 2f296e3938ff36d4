package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.protocol.Latin1;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Bytes that are not UTF-8 (or not text at all). AMI is a byte protocol: Asterisk handles lines as
 * C strings and never decodes them, so every byte but NUL and LF travels unchanged, into events,
 * echoed action names and security events alike.
 */
class InvalidBytesTest extends HostileTestBase {
    /** Overlong, truncated and impossible UTF-8: 0xC3 0x28, 0xE2 0x82, 0xFF, 0xFE, 0xC0 0xAF, 0x80. */
    private static final String BROKEN = Latin1.decode(new byte[] {
        (byte) 0xC3, 0x28, (byte) 0xE2, (byte) 0x82, (byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xAF, (byte) 0x80});

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("");
    }

    @Test
    void aUserEventCarriesInvalidUtf8ByteForByte() {
        AmiTestClient reader = login("reader", "readerpw");
        login("admin", "admin123").send("Action: UserEvent", "UserEvent: Bytes", "Payload: <" + BROKEN + ">", "ActionID: u");
        AmiMessage event = reader.awaitEvent("UserEvent");
        assertThat(event.header("Payload")).isEqualTo("<" + BROKEN + ">");
        assertThat(reader.received()).contains("Payload: <" + BROKEN + ">\r\n");
    }

    @Test
    void anUnknownActionNamedInInvalidUtf8IsEchoedExactly() {
        AmiTestClient c = login("admin", "admin123");
        AmiMessage reply = c.request("Action: Ping" + BROKEN, "ActionID: e");
        assertThat(reply.header("Message")).isEqualTo("Invalid/unknown command: Ping" + BROKEN
                + ". Use Action: ListCommands to show available commands.");
    }

    @Test
    void aLoginInInvalidUtf8FailsAndIsReportedWithTheSameBytes() {
        AmiTestClient monitor = login("secmon", "secpw");
        monitor.awaitEvent("SuccessfulAuth");
        AmiTestClient c = connect();
        c.send("Action: Login", "Username: adm" + BROKEN, "Secret: " + BROKEN, "ActionID: l");
        assertThat(c.awaitMessage(0, m -> "l".equals(m.actionId()), Duration.ofSeconds(10)).header("Message"))
                .isEqualTo("Authentication failed");
        assertThat(c.awaitClosed(Duration.ofSeconds(10))).isTrue();
        assertThat(monitor.awaitEvent("InvalidAccountID").header("AccountID")).isEqualTo("adm" + BROKEN);
    }

    @Test
    void controlCharactersAndANulInsideALineAreHandledAsCStrings() {
        AmiTestClient c = login("admin", "admin123");
        // the NUL ends the line for Asterisk: "Action: Ping" is all that is read of it
        AmiMessage reply = c.request("Action: Ping\0 and the rest is never seen", "X: \u0001\u0002\u001b[31m\u007f", "ActionID: n");
        assertThat(reply.header("Ping")).isEqualTo("Pong");
    }
}
