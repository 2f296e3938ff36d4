package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The curl session of {@code docs/http.md}, step by step, with the JDK's own cookie handling
 * standing in for curl's cookie jar: log in through /rawman, ping with the cookie, send a
 * UserEvent, read it with WaitEvent, originate a call to bob (the bundled dialplan and phones) and
 * follow it with WaitEvent, log off. {@link ReadmeCurlTest} runs the README's lines with curl itself.
 */
class CurlSessionTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", """
                    [general]
                    enabled = yes
                    webenabled = yes
                    bindaddr = 127.0.0.1

                    [admin]
                    secret = admin123
                    read = system,call,user
                    write = all
                    """,
            "extensions.conf", Bundled.file("extensions.conf"),
            "pjsip.conf", Bundled.file("pjsip.conf"),
            "switchboard-endpoints.conf", Bundled.file("switchboard-endpoints.conf"),
            "http.conf", """
                    [general]
                    enabled = yes
                    bindaddr = 127.0.0.1
                    bindport = 8088
                    """)).http();

    private final HttpClient curl = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build();

    private String get(String pathAndQuery) throws Exception {
        URI uri = sb.httpUri(pathAndQuery);
        HttpResponse<String> r = curl.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void loginPingUserEventWaitEventOriginateLogoff() throws Exception {
        assertThat(get("/rawman?action=login&username=admin&secret=admin123"))
                .isEqualTo("Response: Success\r\nMessage: Authentication accepted\r\n\r\n");

        assertThat(get("/rawman?action=ping"))
                .matches("Response: Success\r\nPing: Pong\r\nTimestamp: \\d+\\.\\d{6}\r\n\r\n");

        assertThat(get("/rawman?action=userevent&userevent=Hello&greeting=world"))
                .isEqualTo("Response: Success\r\nMessage: Event Sent\r\n\r\n");

        assertThat(get("/rawman?action=waitevent&timeout=10"))
                .isEqualTo("Response: Success\r\nMessage: Waiting for Event completed.\r\n\r\n"
                        + "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: Hello\r\ngreeting: world\r\n\r\n"
                        + "Event: WaitEventComplete\r\n\r\n");

        assertThat(get("/rawman?action=originate&channel=PJSIP/bob&context=default&exten=100&priority=1"
                + "&async=true&actionid=web1"))
                .isEqualTo("Response: Success\r\nActionID: web1\r\nMessage: Originate successfully queued\r\n\r\n");
        StringBuilder events = new StringBuilder();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String reply = get("/rawman?action=waitevent&timeout=10");
            assertThat(reply).startsWith("Response: Success\r\nMessage: Waiting for Event completed.\r\n\r\n")
                    .endsWith("Event: WaitEventComplete\r\n\r\n");
            events.append(reply);
            return events.indexOf("Event: Hangup\r\n") >= 0;
        });
        assertThat(events).contains("Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/bob-00000000\r\n")
                .contains("Event: OriginateResponse\r\nPrivilege: call,all\r\nActionID: web1\r\nResponse: Success\r\n"
                        + "Channel: PJSIP/bob-00000000\r\nContext: default\r\nExten: 100\r\nReason: 4\r\n")
                .contains("Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/bob-00000000\r\n")
                .doesNotContain("Event: Newexten")           // dialplan class: not in this user's read
                .doesNotContain("Event: SuccessfulAuth");    // security class neither

        assertThat(get("/rawman?action=logoff"))
                .isEqualTo("Response: Goodbye\r\nMessage: Thanks for all the fish.\r\n\r\n");

        // the session is gone: the cookie now gets a fresh, logged-out session
        assertThat(get("/rawman?action=ping")).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
    }
}
