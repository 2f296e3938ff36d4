package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Quirk (spec 01 §7.4; manager.c action_login): a successful HTTP login decrements the count of
 * unauthenticated TCP sessions although HTTP sessions never take one of those slots, so each
 * HTTP login lets one more TCP client past authlimit.
 */
class HttpAuthlimitQuirkTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", HttpAmi.MANAGER_CONF.replace("displayconnects = yes", "authlimit = 1"),
            "http.conf", HttpAmi.HTTP_CONF)).http();

    @Test
    void anHttpLoginFreesAnAuthlimitSlotItNeverTook() {
        // authlimit = 1: a TCP client that has not logged in holds the only slot
        AmiTestClient waiting = sb.connect();
        assertThat(waiting.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        AmiTestClient refused = sb.connect();
        assertThat(refused.awaitClosed(Duration.ofSeconds(5))).isTrue();
        assertThat(refused.received()).isEmpty();

        new HttpAmi(sb).login("calls", "callspw");

        AmiTestClient admitted = sb.connect();
        assertThat(admitted.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        assertThat(sb.server().runtime().sessions().unauthenticatedCount()).isEqualTo(1);
    }

    @Test
    void aDigestLoginDoesNotTouchTheCount() {
        AmiTestClient waiting = sb.connect();
        assertThat(waiting.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        HttpAmi http = new HttpAmi(sb);
        DigestClient digest = new DigestClient("calls", "callspw");
        digest.challenge(DigestClient.Challenge.of(http.get("/arawman")));
        String uri = "/arawman?action=ping";
        assertThat(http.send(http.request(uri).header("Authorization", digest.authorization("GET", uri)).GET())
                .statusCode()).isEqualTo(200);
        assertThat(sb.server().runtime().sessions().unauthenticatedCount()).isEqualTo(1);
        AmiTestClient refused = sb.connect();
        assertThat(refused.awaitClosed(Duration.ofSeconds(5))).isTrue();
    }
}
