package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** Capture G04: Originate's validation errors and failed calls, sync and async. */
class OriginateFailuresTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"))
            .virtualClock();

    @Test
    void validationErrorsHaveAsterisksTexts() {
        AmiTestClient a = sb.login("user", "mysecret");
        assertThat(error(a, "Application: Echo")).isEqualTo("Channel not specified");
        assertThat(error(a, "Channel: Local", "Application: Echo")).isEqualTo("Invalid channel");
        assertThat(error(a, "Channel: Local/s@default", "Application: Echo", "Timeout: abc")).isEqualTo("Invalid timeout");
        assertThat(error(a, "Channel: Local/s@default", "Context: default", "Exten: s", "Priority: nolabel"))
                .isEqualTo("Invalid priority");
        assertThat(error(a, "Channel: Local/s@default", "Context: default", "Exten: nosuch", "Priority: 1"))
                .isEqualTo("Extension does not exist.");
        assertThat(error(a, "Channel: Local/s@default"))
                .isEqualTo("Originate with 'Exten' requires 'Context' and 'Priority'");
        assertThat(error(a, "Channel: Local/s@default", "Application: Echo", "ChannelId: " + "x".repeat(150)))
                .startsWith("Uniqueid length exceeds maximum of 149");
        // the format string's newline stays inside the value (astman_send_error_va)
        assertThat(a.received()).contains("Message: Uniqueid length exceeds maximum of 149\n\r\n\r\n");
        assertThat(error(a, "Channel: Nosuchtech/foo", "Application: Echo")).isEqualTo("Originate failed");
        // user "orig" may originate but has neither system nor agi write (manager.c originate_app_permissions)
        AmiTestClient orig = sb.login("orig", "origpw");
        assertThat(error(orig, "Channel: Local/s@default", "Application: System", "Data: ls"))
                .isEqualTo("Originate Access Forbidden: app or data blacklisted");
        assertThat(error(orig, "Channel: Local/s@default", "Application: NoOp", "Data: ${SHELL(ls)}"))
                .isEqualTo("Originate Access Forbidden: app or data blacklisted");
        assertThat(error(orig, "Channel: Local/s@default", "Application: Queue", "Data: q,,,,,agi:x"))
                .isEqualTo("Originate Access Forbidden: app or data blacklisted");
    }

    @Test
    void syncFailureToAMissingLocalExtensionAnswersFirstThenShowsTheHalves() {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        assertThat(a.request("Action: Originate", "Channel: Local/nosuchexten@default", "Application: Echo",
                "ActionID: f1").header("Message")).isEqualTo("Originate failed");
        a.awaitUntil(() -> count(a, from, "DeviceStateChange") == 2, AmiTestClient.DEFAULT_WAIT);
        assertThat(names(a, from)).containsExactly("Response", "Newchannel ;1", "Newchannel ;2", "Newexten ;1",
                "Hangup ;2", "Hangup ;1", "DeviceStateChange INVALID", "DeviceStateChange INVALID");
    }

    @Test
    void asyncFailureReportsOriginateResponseBeforeTheDialedHalfIsGone() {
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = a.messageCount();
        a.request("Action: Originate", "Channel: Local/nosuchexten@default", "Application: Echo", "Async: true",
                "ChannelId: acc-g04-chanid", "ActionID: f2b");
        AmiMessage response = a.awaitMessage(from, m -> "OriginateResponse".equals(m.header("Event")),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(response.header("ActionID")).isEqualTo("f2b");
        assertThat(response.header("Response")).isEqualTo("Failure");
        assertThat(response.header("Channel")).isEqualTo("Local/nosuchexten@default");
        assertThat(response.header("Application")).isEqualTo("Echo");
        assertThat(response.header("Reason")).isEqualTo("0");
        assertThat(response.header("Uniqueid")).isEqualTo("acc-g04-chanid");
        assertThat(response.header("CallerIDNum")).isEqualTo("<unknown>");
        a.awaitUntil(() -> count(a, from, "DeviceStateChange") == 2, AmiTestClient.DEFAULT_WAIT);
        assertThat(names(a, from)).containsExactly("Response", "Newchannel ;1", "Newchannel ;2", "Newexten ;1",
                "Hangup ;2", "OriginateResponse", "Hangup ;1", "DeviceStateChange INVALID",
                "DeviceStateChange INVALID");
        assertThat(a.messages().stream().filter(m -> "Newchannel".equals(m.header("Event"))).map(m -> m.header("Uniqueid")))
                .containsExactly("acc-g04-chanid", "acc-g04-chanid;2");
    }

    private static String error(AmiTestClient a, String... headers) {
        String[] lines = new String[headers.length + 2];
        lines[0] = "Action: Originate";
        System.arraycopy(headers, 0, lines, 1, headers.length);
        lines[headers.length + 1] = "ActionID: v" + headers.length;
        AmiMessage m = a.request(lines);
        assertThat(m.header("Response")).isEqualTo("Error");
        return m.header("Message");
    }

    private static long count(AmiTestClient a, int from, String event) {
        return a.messagesSince(from).stream().filter(m -> event.equals(m.header("Event"))).count();
    }

    private static List<String> names(AmiTestClient a, int from) {
        return a.messagesSince(from).stream()
                .filter(m -> !m.header("Event").equals("CEL") && !m.header("Event").equals("Cdr")).map(m -> {
            if (m.header("Event").isEmpty()) {
                return "Response";
            }
            String ch = m.header("Channel");
            String suffix = ch.endsWith(";1") ? " ;1" : ch.endsWith(";2") ? " ;2" : "";
            String state = m.header("Event").equals("DeviceStateChange") ? " " + m.header("State") : "";
            return m.header("Event") + suffix + state;
        }).toList();
    }
}
