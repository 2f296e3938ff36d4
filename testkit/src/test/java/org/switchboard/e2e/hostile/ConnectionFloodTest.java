package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.manager.session.SessionRegistry;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Connection floods (spec 01 §1.1; manager.c session_do): past authlimit a connection is closed at
 * once with no banner; however connections end (a reset, a close before or after the banner, in
 * the middle of a request, right after a login), every authlimit slot comes back, and logged-in
 * users are never limited. BadInputTest covers the plain "60 clients against authlimit 5" case.
 */
class ConnectionFloodTest extends HostileTestBase {
    private static final int AUTHLIMIT = 10;

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("authlimit = " + AUTHLIMIT + "\n");
    }

    @Test
    void aChurnOfConnectionsThatEndEveryWayLeavesNoSlotTaken() throws Exception {
        AmiTestClient watcher = login("admin", "admin123");
        for (int i = 0; i < 400; i++) {
            try (Socket s = new Socket("127.0.0.1", sb.amiAddress().getPort())) {
                switch (i % 5) {
                    case 0 -> s.setSoLinger(true, 0);                       // reset instead of FIN
                    case 1 -> s.getInputStream().read();                    // after the banner's first byte
                    case 2 -> write(s, "Action: Login\r\nUsername: adm");   // half a request
                    case 3 -> write(s, "Action: Login\r\nUsername: admin\r\nSecret: admin123\r\n\r\\n");
                    default -> { }                                          // straight close
                }
            } catch (IOException refusedOrReset) {
                // past authlimit the server closes first; that is one of the outcomes wanted
            }
        }
        SessionRegistry sessions = sb.server().runtime().sessions();
        await().atMost(Duration.ofSeconds(20)).until(() -> sessions.size() == 1 && sessions.unauthenticatedCount() == 0);

        // all AUTHLIMIT slots are free again: that many clients at once all get the banner
        List<AmiTestClient> next = new ArrayList<>();
        for (int i = 0; i < AUTHLIMIT; i++) {
            next.add(connect());
        }
        for (AmiTestClient c : next) {
            assertThat(c.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        }
        assertThat(watcher.request("Action: Ping", "ActionID: w").header("Ping")).isEqualTo("Pong");
    }

    @Test
    void loggedInSessionsAreNeverCountedAgainstAuthlimit() {
        List<AmiTestClient> users = new ArrayList<>();
        for (int i = 0; i < AUTHLIMIT * 3; i++) {
            users.add(login("admin", "admin123"));
        }
        // thirty sessions are in, and the ten unauthenticated slots are all still free
        List<AmiTestClient> fresh = new ArrayList<>();
        for (int i = 0; i < AUTHLIMIT; i++) {
            fresh.add(connect());
        }
        fresh.forEach(c -> assertThat(c.banner()).isNotNull());
        AmiTestClient oneTooMany = connect();
        assertThat(oneTooMany.awaitClosed(Duration.ofSeconds(5))).isTrue();
        assertThat(oneTooMany.received()).isEmpty();
        assertThat(users.get(0).request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
