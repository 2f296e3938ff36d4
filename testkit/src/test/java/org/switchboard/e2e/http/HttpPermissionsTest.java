package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * An HTTP session is a manager session: its user's write classes decide which actions run and its
 * ACL decides whether the Login succeeds (spec 01 §3.4, §2.3, §7.4, §7.5; manager.c process_message,
 * authenticate, auth_http_callback). The AMI refusal comes with HTTP 200, in the body.
 */
class HttpPermissionsTest {
    @RegisterExtension
    static SwitchboardExtension sb = HttpAmi.server();

    private static final String DENIED = "Response: Error\r\nMessage: Permission denied\r\n\r\n";

    @Test
    void aCookieSessionMayRunOnlyWhatItsWriteClassesAllow() {
        HttpAmi http = new HttpAmi(sb);
        http.login("calls", "callspw");   // write = call
        HttpResponse<String> userEvent = http.get("/rawman", "action", "UserEvent", "UserEvent", "X");
        assertThat(userEvent.statusCode()).isEqualTo(200);
        assertThat(userEvent.body()).isEqualTo(DENIED);
        assertThat(http.get("/rawman", "action", "Command", "Command", "core show version").body()).isEqualTo(DENIED);
        assertThat(http.get("/rawman", "action", "Originate", "Channel", "Local/100@default", "Application", "Wait")
                .body()).isEqualTo(DENIED);
        // an action without a class runs
        assertThat(http.get("/rawman", "action", "Ping").body()).startsWith("Response: Success\r\nPing: Pong\r\n");
    }

    @Test
    void aDigestSessionHasItsUsersWriteClassesToo() {
        HttpAmi http = new HttpAmi(sb);
        HttpResponse<String> challenge = http.get("/arawman", "action", "ping");
        DigestClient digest = new DigestClient("calls", "callspw");
        digest.challenge(DigestClient.Challenge.of(challenge));
        String uri = "/arawman?action=UserEvent&UserEvent=X";
        HttpResponse<String> r = http.send(http.request(uri).header("Authorization", digest.authorization("GET", uri)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(DENIED);
    }

    @Test
    void aCookieLoginThatTheUsersAclRefusesFails() {
        HttpAmi http = new HttpAmi(sb);
        HttpResponse<String> r = http.get("/rawman", "action", "Login", "Username", "faraway", "Secret", "farpw");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("Response: Error\r\nMessage: Authentication failed\r\n\r\n");
        assertThat(http.get("/rawman", "action", "Ping").body()).isEqualTo(DENIED);
    }
}
