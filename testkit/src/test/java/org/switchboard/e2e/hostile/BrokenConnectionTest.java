package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.switchboard.e2e.VirtualTimers;
import org.switchboard.manager.session.SessionRegistry;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Connections that end badly: half-closed after the last request, reset in the middle of an
 * action, gone while their reply waits on a timer, the core or storage. Asterisk's session thread
 * answers every complete request it read before the end of input (manager.c get_input looks for a
 * whole line in its buffer before it reads again) and then ends the session; nothing that goes
 * wrong on one connection reaches another.
 */
class BrokenConnectionTest extends HostileTestBase {

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("").virtualClock();
    }

    @Test
    void aHalfClosedClientGetsEveryAnswerThenTheSessionEnds() throws Exception {
        try (Socket s = new Socket("127.0.0.1", sb.amiAddress().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("Action: Login\r\nUsername: admin\r\nSecret: admin123\r\nActionID: in\r\n\r\n"
                    + "Action: DBPut\r\nFamily: half\r\nKey: k\r\nVal: v\r\nActionID: put\r\n\r\n"
                    + "Action: Ping\r\nActionID: last\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            String received = readToEnd(s.getInputStream());
            assertThat(received).contains("ActionID: in\r\nMessage: Authentication accepted\r\n")
                    .contains("ActionID: put\r\nMessage: Updated database successfully\r\n")
                    .contains("ActionID: last\r\nPing: Pong\r\n");
        }
        assertThat(sb.server().astDb().get("half", "k").join()).contains("v");
    }

    @Test
    void aClientGoneDuringTheFailedLoginSleepIsForgottenCleanly() throws Exception {
        SessionRegistry sessions = sb.server().runtime().sessions();
        AmiTestClient monitor = login("secmon", "secpw");
        try (Socket s = new Socket("127.0.0.1", sb.amiAddress().getPort())) {
            s.getOutputStream().write("Action: Login\r\nUsername: admin\r\nSecret: nope\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            monitor.awaitEvent("InvalidPassword");
            VirtualTimers.awaitPending(sb, 1);   // the attempt was judged; its answer waits for the clock
        }
        // like Asterisk's session thread in its sleep(1), the session ends once the delay is over;
        // the answer then goes nowhere and harms nobody, and the authlimit slot comes back
        sb.clock().advance(Duration.ofSeconds(2)).join();
        await().atMost(Duration.ofSeconds(10)).until(() -> sessions.size() == 1 && sessions.unauthenticatedCount() == 0);
    }

    @Test
    void resetsInTheMiddleOfActionsHarmNobody() throws Exception {
        AmiTestClient bystander = login("admin", "admin123");
        String[] requests = {
            "Action: DBPut\r\nFamily: reset\r\nKey: k\r\nVal: v\r\n\r\n",
            "Action: Command\r\nCommand: core show help\r\n\r\n",
            "Action: ListCommands\r\n\r\n",
            "Action: UserEvent\r\nUserEvent: Gone\r\n\r\n",
            "Action: Logoff\r\n\r\n",
            "Action: DBGetTree\r\nFamily: reset\r\n\r\n",
        };
        for (int round = 0; round < 5; round++) {
            for (String request : requests) {
                try (Socket s = new Socket("127.0.0.1", sb.amiAddress().getPort())) {
                    s.setSoLinger(true, 0);   // the close is a TCP reset
                    OutputStream out = s.getOutputStream();
                    out.write(("Action: Login\r\nUsername: admin\r\nSecret: admin123\r\n\r\n" + request)
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            }
        }
        SessionRegistry sessions = sb.server().runtime().sessions();
        await().atMost(Duration.ofSeconds(20)).until(() -> sessions.size() == 1 && sessions.unauthenticatedCount() == 0);
        assertThat(bystander.request("Action: Ping", "ActionID: ok").header("Ping")).isEqualTo("Pong");
    }

    private static String readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.ISO_8859_1);
    }
}
