package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.Transport;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Cookie sessions as manager sessions (spec 01 §7.4, §10): listed by {@code manager show
 * connected}, short-lived before login, destroyed by a failed login, counted by the
 * login-in-use rule; and {@code http show status}.
 */
class HttpSessionsTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", HttpAmi.MANAGER_CONF,
            "http.conf", HttpAmi.HTTP_CONF)).http();

    private static List<AmiSession> httpSessions() {
        return sb.server().runtime().sessions().all().stream().filter(s -> s.transport() == Transport.HTTP).toList();
    }

    /** The {@code manager show connected} row of {@code user}, split into its columns. */
    private static List<String> connectedRow(String user) {
        String out = sb.server().executeCli("manager show connected").output();
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("  " + user + " "))
                .map(l -> List.of(l.trim().split(" +"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + user + " in\n" + out));
    }

    @Test
    void aLoggedInHttpSessionIsListedWithFileDesMinusOneAndNoRequestInUse() {
        HttpAmi http = new HttpAmi(sb);
        http.login("calls", "callspw");
        List<String> row = connectedRow("calls");
        // Username, IP Address, Start, Elapsed, FileDes, HttpCnt, ReadPerms, WritePerms
        assertThat(row).hasSize(8);
        assertThat(row.get(1)).isEqualTo("127.0.0.1");
        assertThat(row.get(4)).isEqualTo("-1");
        assertThat(row.get(5)).isEqualTo("0");
        assertThat(row.get(6)).isEqualTo("0000000002");   // read = call, bit 2
        assertThat(row.get(7)).isEqualTo("0000000002");
        http.get("/rawman", "action", "logoff");
    }

    @Test
    void beforeLoginASessionLivesFiveSecondsWhileALoggedInOneLivesHttptimeout() {
        HttpAmi anonymous = new HttpAmi(sb);
        anonymous.get("/rawman", "action", "ping");
        HttpAmi admin = new HttpAmi(sb);
        admin.login("admin", "admin123");
        AmiSession loggedIn = httpSessions().stream().filter(s -> s.username().equals("admin")).findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> httpSessions().stream().noneMatch(s -> !s.authenticated()));
        assertThat(httpSessions()).contains(loggedIn);
        String before = anonymous.cookie();
        assertThat(anonymous.get("/rawman", "action", "ping").body()).contains("Permission denied");
        assertThat(anonymous.cookie()).isNotEqualTo(before);
        admin.get("/rawman", "action", "logoff");
    }

    @Test
    void aFailedLoginAnswersAfterItsDelayAndDestroysTheSession() {
        HttpAmi http = new HttpAmi(sb);
        http.get("/rawman", "action", "ping");
        String cookie = http.cookie();
        HttpResponse<String> r = http.get("/rawman", "action", "login", "username", "admin", "secret", "wrong");
        assertThat(r.body()).isEqualTo("Response: Error\r\nMessage: Authentication failed\r\n\r\n");
        assertThat(http.cookie()).isEqualTo(cookie);
        http.get("/rawman", "action", "ping");
        assertThat(http.cookie()).isNotEqualTo(cookie);
    }

    @Test
    void aSessionCookieThatNamesNoSessionGetsANewOne() {
        HttpAmi http = new HttpAmi(sb);
        http.cookie("0badcafe");
        HttpResponse<String> r = http.get("/rawman", "action", "ping");
        assertThat(r.body()).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
        assertThat(http.cookie()).isNotEqualTo("0badcafe");
    }

    @Test
    void theCookieMayComeAmongOthersAndUnquoted() {
        HttpAmi http = new HttpAmi(sb);
        http.login("calls", "callspw");
        String id = http.cookie();
        http.cookie(null);
        HttpResponse<String> r = http.send(http.request("/rawman?action=ping&actionid=c")
                .header("Cookie", "theme=dark; mansession_id=" + id + "; lang=\"en\"").GET());
        assertThat(r.body()).startsWith("Response: Success\r\nActionID: c\r\nPing: Pong\r\n");
        http.get("/rawman", "action", "logoff");
    }

    @Test
    void anHttpSessionCountsForLoginAlreadyInUse() {
        HttpAmi http = new HttpAmi(sb);
        http.login("single", "singlepw");
        AmiTestClient tcp = sb.connect();
        assertThat(tcp.login("single", "singlepw").header("Message")).isEqualTo("Login Already In Use");
        assertThat(tcp.awaitClosed(Duration.ofSeconds(5))).isTrue();
        http.get("/rawman", "action", "logoff");
    }

    @Test
    void httpShowStatusPrintsWhatAsteriskPrints() {
        String port = String.valueOf(sb.httpAddress().getPort());
        assertThat(sb.server().executeCli("http show status").output()).isEqualTo("HTTP Server Status:\n"
                + "Prefix: \n"
                + "Server: Asterisk/22.10.1\n"
                + "Server Enabled and Bound to 127.0.0.1:" + port + "\n\n"
                + "Enabled URI's:\n"
                + "/amanager => HTML Manager Event Interface w/Digest authentication\n"
                + "/arawman => Raw HTTP Manager Event Interface w/Digest authentication\n"
                + "/manager => HTML Manager Event Interface\n"
                + "/rawman => Raw HTTP Manager Event Interface\n"
                + "/amxml => XML Manager Event Interface w/Digest authentication\n"
                + "/mxml => XML Manager Event Interface\n"
                + "\nEnabled Redirects:\n"
                + "  None.\n"
                + "\nPath Restrictions:\n"
                + "  None.\n");
    }
}
