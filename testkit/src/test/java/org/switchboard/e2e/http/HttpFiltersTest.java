package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Event filters on HTTP sessions (spec 01 §4, §7.4, §7.5; manager.c authenticate copies the user's
 * filters into the session, action_waitevent hands out only what should_send_event passes,
 * action_filter adds to the session's own lists, auth_http_callback copies no filters).
 */
class HttpFiltersTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", HttpAmi.MANAGER_CONF + """

                    [filtered]
                    secret = filteredpw
                    read = all
                    write = all
                    eventfilter = !UserEvent: Hidden
                    """,
            "http.conf", HttpAmi.HTTP_CONF)).http();

    private static void userEvents(String... names) {
        AmiTestClient tcp = sb.login("admin", "admin123");
        for (String name : names) {
            assertThat(tcp.request("Action: UserEvent", "UserEvent: " + name, "ActionID: u-" + name).header("Message")).isEqualTo("Event Sent");
        }
    }

    /** A logged-in cookie session whose queue was emptied (its own SuccessfulAuth was handed out). */
    private static HttpAmi drained(String user, String secret) {
        HttpAmi http = new HttpAmi(sb);
        http.login(user, secret);
        http.get("/rawman", "action", "WaitEvent", "timeout", "0");
        return http;
    }

    private static String waitEvent(HttpAmi http) {
        return http.get("/rawman", "action", "WaitEvent", "timeout", "0").body();
    }

    @Test
    void theUsersEventfilterAppliesToItsCookieSession() {
        HttpAmi http = drained("filtered", "filteredpw");
        userEvents("Hidden", "Shown");
        String events = waitEvent(http);
        assertThat(events).contains("UserEvent: Shown\r\n").doesNotContain("UserEvent: Hidden");
    }

    @Test
    void theFilterActionOverHttpFiltersThatSessionsWaitEvent() {
        HttpAmi http = drained("admin", "admin123");
        HttpResponse<String> added = http.get("/rawman", "action", "Filter", "Operation", "Add",
                "Filter", "UserEvent: Wanted");
        assertThat(added.body()).isEqualTo("Response: Success\r\nMessage: Success\r\n\r\n");
        userEvents("Other", "Wanted");
        assertThat(waitEvent(http)).contains("UserEvent: Wanted\r\n").doesNotContain("UserEvent: Other");
        // a session of its own: the filter stays with the session that added it
        HttpAmi other = drained("admin", "admin123");
        userEvents("Other");
        assertThat(waitEvent(other)).contains("UserEvent: Other\r\n");
    }

    @Test
    void aDigestSessionDoesNotGetTheUsersFilters() {
        HttpAmi http = new HttpAmi(sb);
        HttpResponse<String> challenge = http.get("/arawman", "action", "ping");
        assertThat(challenge.statusCode()).isEqualTo(401);
        DigestClient digest = new DigestClient("filtered", "filteredpw");
        digest.challenge(DigestClient.Challenge.of(challenge));
        String ping = "/arawman?action=ping";
        assertThat(http.send(http.request(ping).header("Authorization", digest.authorization("GET", ping))).body())
                .startsWith("Response: Success\r\nPing: Pong\r\n");

        userEvents("Hidden");
        String wait = "/arawman?action=WaitEvent&timeout=0";
        String events = http.send(http.request(wait).header("Authorization", digest.authorization("GET", wait))).body();
        // spec 01 §7.5 quirk: the eventfilter of [filtered] is not copied into a digest session
        assertThat(events).contains("UserEvent: Hidden\r\n");
    }
}
