package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.session.Transport;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * WaitEvent over HTTP, 22.10.1 semantics (spec 01 §7.4, §9.1): events reach an HTTP session only
 * through WaitEvent, with the read permission, event mask (and filters) applied when they are
 * handed out.
 */
class HttpWaitEventTest {
    @RegisterExtension
    static SwitchboardExtension sb = HttpAmi.server();

    private static void userEvent(String name) {
        userEvent(sb.login("admin", "admin123"), name);
    }

    private static void userEvent(AmiTestClient tcp, String name) {
        assertThat(tcp.request("Action: UserEvent", "UserEvent: " + name, "ActionID: u-" + name).header("Message"))
                .isEqualTo("Event Sent");
    }

    /**
     * A logged-in HTTP session with nothing kept: any event wakes a WaitEvent, even one the
     * session will not get (its own SuccessfulAuth, for one), so the tests that wait start empty.
     */
    private static HttpAmi drained(String user, String secret) {
        HttpAmi http = new HttpAmi(sb);
        http.login(user, secret);
        http.get("/rawman", "action", "WaitEvent", "timeout", "0");
        return http;
    }

    private static CompletableFuture<HttpResponse<String>> waitAsync(HttpAmi http, String... params) {
        return http.client().sendAsync(http.request("/rawman?" + HttpAmi.form(params)).GET().build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** True while some HTTP session has a request in progress (HttpCnt above 0). */
    private static boolean httpRequestPending() {
        return sb.server().runtime().sessions().all().stream()
                .anyMatch(s -> s.transport() == Transport.HTTP && s.output().requestsInUse() > 0);
    }

    /** Waits until the core has run what was queued so far (a WaitEvent that started registers there). */
    private static void coreRoundTrip() {
        sb.server().runtime().core().submit(() -> null).join();
    }

    @Test
    void eventsSentSinceLoginArriveWithWaitEventAndNotBefore() {
        HttpAmi http = new HttpAmi(sb);
        http.login("local", "localpw");
        userEvent("Hello");
        // nothing is pushed into other replies
        assertThat(http.get("/rawman", "action", "ping", "actionid", "p").body()).doesNotContain("UserEvent");
        HttpResponse<String> r = http.get("/rawman", "action", "WaitEvent", "timeout", "0", "actionid", "w7");
        assertThat(r.body()).isEqualTo("Response: Success\r\nActionID: w7\r\nMessage: Waiting for Event completed.\r\n\r\n"
                + "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: Hello\r\nActionID: u-Hello\r\n\r\n"
                + "Event: WaitEventComplete\r\nActionID: w7\r\n\r\n");
        // handed out once
        assertThat(http.get("/rawman", "action", "WaitEvent", "timeout", "0").body())
                .isEqualTo("Response: Success\r\nMessage: Waiting for Event completed.\r\n\r\n"
                        + "Event: WaitEventComplete\r\n\r\n");
    }

    @Test
    void eventsSinceTheSessionWasMadeAreKeptEvenFromBeforeLogin() {
        HttpAmi http = new HttpAmi(sb);
        assertThat(http.get("/rawman", "action", "ping").body()).contains("Permission denied");
        userEvent("Early");
        http.login("local", "localpw");
        assertThat(http.get("/rawman", "action", "WaitEvent", "timeout", "0").body()).contains("UserEvent: Early\r\n");
    }

    @Test
    void aPendingWaitEventReturnsWhenAnEventArrives() throws Exception {
        AmiTestClient tcp = sb.login("admin", "admin123");
        HttpAmi http = drained("local", "localpw");
        CompletableFuture<HttpResponse<String>> pending = waitAsync(http, "action", "WaitEvent", "timeout", "40");
        await().atMost(Duration.ofSeconds(10)).until(HttpWaitEventTest::httpRequestPending);
        coreRoundTrip();
        assertThat(pending).isNotDone();
        // manager show connected: FileDes -1, HttpCnt 1 while the request is in progress
        assertThat(sb.server().executeCli("manager show connected").output()).containsPattern(
                "\\n  local +127\\.0\\.0\\.1 +\\d+ +\\d+ +-1 +1 +0000000065 +");
        userEvent(tcp, "Wake");
        HttpResponse<String> r = pending.get(20, TimeUnit.SECONDS);
        assertThat(r.body()).startsWith("Response: Success\r\nMessage: Waiting for Event completed.\r\n\r\n")
                .contains("UserEvent: Wake\r\n").endsWith("Event: WaitEventComplete\r\n\r\n");
    }

    @Test
    void readPermissionDecidesWhatIsHandedOut() {
        HttpAmi http = new HttpAmi(sb);
        http.login("calls", "callspw");   // read = call: no user events
        userEvent("NotForCalls");
        assertThat(http.get("/rawman", "action", "WaitEvent", "timeout", "0").body())
                .isEqualTo("Response: Success\r\nMessage: Waiting for Event completed.\r\n\r\nEvent: WaitEventComplete\r\n\r\n");
    }

    @Test
    void theEventMaskOfTheMomentDecidesToo() {
        HttpAmi http = new HttpAmi(sb);
        http.login("local", "localpw");
        assertThat(http.get("/rawman", "action", "Events", "EventMask", "system").body())
                .isEqualTo("Response: Success\r\nEvents: On\r\n\r\n");
        userEvent("Masked");
        assertThat(http.get("/rawman", "action", "WaitEvent", "timeout", "0").body()).doesNotContain("Masked");
        // a mask of 0 becomes "all" at the next WaitEvent; the event above was handed out (dropped) already
        http.get("/rawman", "action", "Events", "EventMask", "off");
        userEvent("Unmasked");
        assertThat(http.get("/rawman", "action", "WaitEvent", "timeout", "0").body()).contains("UserEvent: Unmasked\r\n");
    }

    @Test
    void aSecondWaitEventMakesTheFirstGiveUpWithAnEmptyReply() throws Exception {
        HttpAmi http = drained("local", "localpw");
        CompletableFuture<HttpResponse<String>> first = waitAsync(http, "action", "WaitEvent", "timeout", "40");
        await().atMost(Duration.ofSeconds(10)).until(HttpWaitEventTest::httpRequestPending);
        coreRoundTrip();
        HttpResponse<String> second = http.get("/rawman", "action", "WaitEvent", "timeout", "0", "actionid", "2nd");
        HttpResponse<String> abandoned = first.get(20, TimeUnit.SECONDS);
        assertThat(abandoned.statusCode()).isEqualTo(200);
        assertThat(abandoned.body()).isEmpty();
        assertThat(second.body()).startsWith("Response: Success\r\nActionID: 2nd\r\n");
    }

    @Test
    void logoffWakesAPendingWaitEventAndEndsTheSession() throws Exception {
        HttpAmi http = drained("local", "localpw");
        String cookie = http.cookie();
        CompletableFuture<HttpResponse<String>> pending = waitAsync(http, "action", "WaitEvent", "timeout", "40");
        await().atMost(Duration.ofSeconds(10)).until(HttpWaitEventTest::httpRequestPending);
        coreRoundTrip();
        assertThat(http.get("/rawman", "action", "logoff").body()).startsWith("Response: Goodbye\r\n");
        HttpResponse<String> woken = pending.get(20, TimeUnit.SECONDS);
        assertThat(woken.body()).startsWith("Response: Success\r\nMessage: Waiting for Event completed.\r\n");
        // the cookie now names nothing: a new, unauthenticated session answers
        assertThat(http.get("/rawman", "action", "ping").body()).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
        assertThat(http.cookie()).isNotEqualTo(cookie);
    }

    @Test
    void waitEventNeedsALogin() {
        assertThat(new HttpAmi(sb).get("/rawman", "action", "WaitEvent", "timeout", "0").body())
                .isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
    }
}
