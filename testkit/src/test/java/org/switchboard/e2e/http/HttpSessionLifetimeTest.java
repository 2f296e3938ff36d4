package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.session.Transport;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * httptimeout (spec 01 §5.2, §7.4): the cookie's Max-Age, the life of a logged-in session, and
 * the cap on WaitEvent (the session's remaining life minus 10 s).
 */
class HttpSessionLifetimeTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", HttpAmi.MANAGER_CONF.replace("displayconnects = yes", "httptimeout = 2"),
            "http.conf", HttpAmi.HTTP_CONF)).http();

    private static long httpSessions() {
        return sb.server().runtime().sessions().all().stream().filter(s -> s.transport() == Transport.HTTP).count();
    }

    @Test
    void theCookieSaysHttptimeoutAndTheSessionEndsAfterIt() {
        HttpAmi http = new HttpAmi(sb);
        HttpResponse<String> login = http.get("/rawman", "action", "login", "username", "admin", "secret", "admin123");
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).endsWith("; Version=1; Max-Age=2");
        String cookie = http.cookie();
        await().atMost(Duration.ofSeconds(15)).until(() -> httpSessions() == 0);
        assertThat(http.get("/rawman", "action", "ping").body()).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
        assertThat(http.cookie()).isNotEqualTo(cookie);
    }

    @Test
    void waitEventIsCappedAtTheSessionsRemainingLifeLessTenSeconds() {
        HttpAmi http = new HttpAmi(sb);
        http.login("local", "localpw");
        http.get("/rawman", "action", "WaitEvent", "timeout", "0");
        // 2 s of life left, minus 10, is below 0: the wait of 600 s ends at once
        HttpResponse<String> r = http.get("/rawman", "action", "WaitEvent", "timeout", "600");
        assertThat(r.body()).isEqualTo("Response: Success\r\nMessage: Waiting for Event completed.\r\n\r\n"
                + "Event: WaitEventComplete\r\n\r\n");
    }
}
