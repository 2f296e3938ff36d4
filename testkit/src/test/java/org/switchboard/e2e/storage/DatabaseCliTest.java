package org.switchboard.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.Switchboard;
import org.switchboard.manager.cli.CliOutcome;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** The {@code database ...} CLI commands (db.c handle_cli_database_*), through the Command action and directly. */
class DatabaseCliTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"));

    @Test
    void putGetShowAndDeleteThroughTheCommandAction(AmiTestClient c) {
        c.login("admin", "admin123");
        assertThat(output(c, "database put fam key1 value1")).isEqualTo("Output: Updated database successfully\r\n");
        assertThat(output(c, "database put fam sub/key2 \"two words\"")).isEqualTo("Output: Updated database successfully\r\n");
        assertThat(output(c, "database get fam key1")).isEqualTo("Output: Value: value1\r\n");
        assertThat(output(c, "database get fam nokey")).isEqualTo("Output: Database entry not found.\r\n");
        assertThat(output(c, "database show fam")).isEqualTo(
                "Output: " + String.format("%-50s: %-25s", "/fam/key1", "value1") + "\r\n"
                        + "Output: " + String.format("%-50s: %-25s", "/fam/sub/key2", "two words") + "\r\n"
                        + "Output: 2 results found.\r\n");
        assertThat(output(c, "database show fam/sub")).isEqualTo(
                "Output: " + String.format("%-50s: %-25s", "/fam/sub/key2", "two words") + "\r\n"
                        + "Output: 1 results found.\r\n");
        assertThat(output(c, "database showkey key2")).isEqualTo(
                "Output: " + String.format("%-50s: %-25s", "/fam/sub/key2", "two words") + "\r\n"
                        + "Output: 1 results found.\r\n");
        assertThat(output(c, "database del fam key1")).isEqualTo("Output: Database entry removed.\r\n");
        assertThat(output(c, "database del fam key1")).isEqualTo("Output: Database entry could not be removed.\r\n");
        assertThat(output(c, "database deltree fam")).isEqualTo("Output: 1 database entries removed.\r\n");
        assertThat(output(c, "database deltree fam")).isEqualTo("Output: Database entries do not exist.\r\n");
    }

    @Test
    void wrongArgumentCountsPrintTheUsage(Switchboard server) {
        CliOutcome put = server.executeCli("database put fam key");
        assertThat(put.success()).isFalse();
        assertThat(put.output()).startsWith("Usage: database put <family> <key> <value>\n");
        assertThat(server.executeCli("database showkey").output()).startsWith("Usage: database showkey <keytree>\n");
        assertThat(server.executeCli("database deltree").output()).startsWith("Usage: database deltree <family> [keytree]\n");
        assertThat(server.executeCli("database show a b c").output()).startsWith("Usage: database show [family [keytree]]\n");
    }

    @Test
    void queryPrintsEachColumnOfEachRow(Switchboard server) {
        server.executeCli("database put q k v");
        CliOutcome out = server.executeCli("database query \"SELECT key, value FROM astdb WHERE key LIKE '/q/%'\"");
        assertThat(out.success()).isTrue();
        assertThat(out.output()).isEqualTo(String.format("%-5s: %-50s\n", "key", "/q/k")
                + String.format("%-5s: %-50s\n", "value", "v") + "\n");
        assertThat(server.executeCli("database query \"nonsense\"").output()).as("errors are only logged").isEmpty();
    }

    @Test
    void thePbxHasAUuidFromTheFirstStart(Switchboard server) {
        assertThat(server.executeCli("database get pbx UUID").output())
                .matches("Value: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n");
    }

    @Test
    void dbActionsNeedTheirWriteClasses() {
        AmiTestClient calls = sb.login("calls", "callspw");
        AmiMessage put = calls.request("Action: DBPut", "Family: acc", "Key: c01", "Val: x", "ActionID: p");
        assertThat(put.header("Message")).isEqualTo("Permission denied");
        AmiTestClient user = sb.login("user", "mysecret");
        AmiMessage get = user.request("Action: DBGet", "Family: nofam", "Key: nokey", "ActionID: g");
        assertThat(get.header("Message")).isEqualTo("Database entry not found");
    }

    private static String output(AmiTestClient c, String command) {
        String id = "cmd-" + command.hashCode();
        int from = c.messageCount();
        c.send("Action: Command", "Command: " + command, "ActionID: " + id);
        AmiMessage reply = c.awaitMessage(from, m -> m.actionId().equals(id), AmiTestClient.DEFAULT_WAIT);
        assertThat(reply.header("Response")).isEqualTo("Success");
        StringBuilder b = new StringBuilder();
        for (String line : reply.headers().lines()) {
            if (line.startsWith("Output: ")) {
                b.append(line).append("\r\n");
            }
        }
        return b.toString();
    }
}
