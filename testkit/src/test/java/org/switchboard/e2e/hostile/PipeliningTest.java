package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Ten thousand requests of every kind in one write (spec 01 §1.4: one session's requests run one
 * after another): replies from the I/O thread, from the core, from the storage thread, errors and
 * unknown actions all come back in request order, each exactly once. BadInputTest has the
 * all-Ping version.
 */
class PipeliningTest extends HostileTestBase {
    private static final int REQUESTS = 10_000;

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("");
    }

    @Test
    void tenThousandMixedActionsInOneWriteAreAnsweredInOrder() {
        AmiTestClient c = login("admin", "admin123");
        c.request("Action: Events", "EventMask: off", "ActionID: quiet");
        StringBuilder b = new StringBuilder(REQUESTS * 64);
        for (int i = 0; i < REQUESTS; i++) {
            String id = "ActionID: " + i + "\r\n";
            switch (i % 8) {
                case 0 -> b.append("Action: Ping\r\n").append(id);
                case 1 -> b.append("Action: DBPut\r\nFamily: pipe\r\nKey: k").append(i % 50).append("\r\nVal: ").append(i)
                        .append("\r\n").append(id);
                case 2 -> b.append("Action: DBGet\r\nFamily: pipe\r\nKey: nosuchkey\r\n").append(id);
                case 3 -> b.append("Action: UserEvent\r\nUserEvent: Pipe\r\n").append(id);
                case 4 -> b.append("Action: NoSuchAction\r\n").append(id);
                case 5 -> b.append("Action: CoreStatus\r\n").append(id);
                case 6 -> b.append("Action: Filter\r\nOperation: Bogus\r\n").append(id);
                default -> b.append("Action: Command\r\nCommand: core show uptime\r\n").append(id);
            }
            b.append("\r\n");
        }
        int before = c.messageCount();
        c.sendRaw(b.toString());
        c.awaitMessage(before, m -> Integer.toString(REQUESTS - 1).equals(m.actionId()) && m.headers().has("Response"),
                Duration.ofSeconds(120));

        List<AmiMessage> replies = c.messagesSince(before).stream()
                .filter(m -> m.headers().has("Response")).toList();
        assertThat(replies).hasSize(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            AmiMessage r = replies.get(i);
            assertThat(r.actionId()).isEqualTo(Integer.toString(i));
            String expected = switch (i % 8) {
                case 0 -> "Pong";
                case 1 -> "Updated database successfully";
                case 2 -> "Database entry not found";
                case 3 -> "Event Sent";
                case 4 -> "Invalid/unknown command: NoSuchAction. Use Action: ListCommands to show available commands.";
                case 5 -> "Success";
                case 6 -> "Unknown operation";
                default -> "Command output follows";
            };
            String actual = i % 8 == 0 ? r.header("Ping") : i % 8 == 5 ? r.header("Response") : r.header("Message");
            assertThat(actual).as("reply %d", i).isEqualTo(expected);
        }
    }
}
