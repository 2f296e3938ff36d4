package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/** /arawman, /amanager, /amxml with HTTP Digest (spec 01 §7.5; manager.c auth_http_callback). */
class DigestTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", HttpAmi.MANAGER_CONF,
            "http.conf", HttpAmi.HTTP_CONF,
            "asterisk.conf", "[options]\nsystemname = pbx-7\n")).http();

    private final HttpAmi http = new HttpAmi(sb);

    private HttpResponse<String> get(String pathAndQuery, String authorization) {
        HttpRequest.Builder b = http.request(pathAndQuery).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b);
    }

    /** Asks once without credentials and takes the challenge. */
    private DigestClient challenged(String user, String password, String uri) {
        HttpResponse<String> r = get(uri, null);
        assertThat(r.statusCode()).isEqualTo(401);
        DigestClient client = new DigestClient(user, password);
        client.challenge(DigestClient.Challenge.of(r));
        return client;
    }

    @Test
    void withoutCredentialsTheReplyIsAChallengeForTheSystemNameRealm() {
        HttpResponse<String> r = get("/arawman?action=ping", null);
        assertThat(r.statusCode()).isEqualTo(401);
        DigestClient.Challenge c = DigestClient.Challenge.of(r);
        assertThat(c.realm()).isEqualTo("pbx-7");
        assertThat(c.nonce()).hasSizeGreaterThanOrEqualTo(8).isEqualTo(c.opaque());
        assertThat(c.stale()).isFalse();
        assertThat(r.headers().firstValue("Content-type")).hasValue("text/html");
        assertThat(r.body()).isEqualTo(HttpErrorsTest.page(401, "Unauthorized", ""));
    }

    @Test
    void aGoodResponseRunsTheActionWithTheUsersRightsAndNoCookie() {
        DigestClient client = challenged("admin", "admin123", "/arawman?action=ping");
        String uri = "/arawman?action=ping&actionid=d1";
        HttpResponse<String> r = get(uri, client.authorization("GET", uri));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("Response: Success\r\nActionID: d1\r\nPing: Pong\r\n");
        assertThat(r.headers().firstValue("Content-type")).hasValue("text/plain");
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(r.headers().firstValue("Pragma")).isEmpty();

        // the same session goes on with the next nonce count
        String uri2 = "/arawman?action=ping&actionid=d2";
        assertThat(get(uri2, client.authorization("GET", uri2)).body()).startsWith("Response: Success\r\nActionID: d2\r\n");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserGetsANewChallenge() {
        DigestClient wrong = challenged("admin", "nope", "/arawman");
        String uri = "/arawman?action=ping";
        HttpResponse<String> r = get(uri, wrong.authorization("GET", uri));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(DigestClient.Challenge.of(r).stale()).isFalse();

        DigestClient nobody = challenged("nobody", "x", "/arawman");
        assertThat(get(uri, nobody.authorization("GET", uri)).statusCode()).isEqualTo(401);
    }

    @Test
    void theUriAndMethodAreCoveredByTheResponse() {
        DigestClient client = challenged("admin", "admin123", "/arawman");
        String uri = "/arawman?action=ping";
        // signed for POST, sent as GET
        assertThat(get(uri, client.authorization("POST", uri)).statusCode()).isEqualTo(401);
    }

    @Test
    void aUserWhoseAclRefusesTheClientIsForbidden() {
        DigestClient client = challenged("faraway", "farpw", "/arawman");
        String uri = "/arawman?action=ping";
        HttpResponse<String> r = get(uri, client.authorization("GET", uri));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).isEqualTo(HttpErrorsTest.page(403, "Permission denied", "Permission denied"));
        assertThat(r.headers().firstValue("Connection")).hasValue("close");
    }

    @Test
    void aNonceCountThatDoesNotGrowGetsAFreshNonceMarkedStale() {
        DigestClient client = challenged("admin", "admin123", "/arawman");
        String uri = "/arawman?action=ping";
        String oldNonce = DigestClient.Challenge.of(get(uri, null)).nonce();
        client.challenge(new DigestClient.Challenge("pbx-7", oldNonce, oldNonce, false));
        // the request that makes the session does not count: Asterisk's counter starts at 0
        assertThat(get(uri, client.authorization("GET", uri)).statusCode()).isEqualTo(200);
        String second = client.authorization("GET", uri);
        assertThat(get(uri, second).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = get(uri, second);
        assertThat(replay.statusCode()).isEqualTo(401);
        DigestClient.Challenge fresh = DigestClient.Challenge.of(replay);
        assertThat(fresh.stale()).isTrue();
        assertThat(fresh.nonce()).isNotEqualTo(oldNonce);

        // the old nonce is now stale: its challenge names the session's current nonce
        HttpResponse<String> old = get(uri, client.authorization("GET", uri));
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(DigestClient.Challenge.of(old)).isEqualTo(fresh);

        client.challenge(fresh);
        assertThat(get(uri, client.authorization("GET", uri)).statusCode()).isEqualTo(200);
    }

    @Test
    void anRfc2069ResponseWithoutQopIsAccepted() {
        DigestClient client = challenged("admin", "admin123", "/arawman");
        String uri = "/arawman?action=ping";
        assertThat(get(uri, client.authorizationWithoutQop("GET", uri)).body()).startsWith("Response: Success\r\n");
    }

    @Test
    void anotherAlgorithmThanMd5IsRefused() {
        DigestClient client = challenged("admin", "admin123", "/arawman");
        String uri = "/arawman?action=ping";
        String header = client.authorization("GET", uri).replace("Digest ", "Digest algorithm=SHA-256, ");
        assertThat(get(uri, header).statusCode()).isEqualTo(401);
    }

    @Test
    void amxmlAndAmanagerUseTheirOwnPages() throws Exception {
        DigestClient client = challenged("admin", "admin123", "/amxml");
        String xml = "/amxml?action=ping&actionid=x";
        HttpResponse<String> x = get(xml, client.authorization("GET", xml));
        assertThat(x.headers().firstValue("Content-type")).hasValue("text/xml");
        assertThat(x.body()).startsWith("<ajax-response>\n<response type='object' id='unknown'><generic response='Success' actionid='x' ping='Pong' timestamp='")
                .endsWith("' /></response>\n</ajax-response>\n");

        String html = "/amanager?action=ping";
        HttpResponse<String> h = get(html, client.authorization("GET", html));
        assertThat(h.headers().firstValue("Content-type")).hasValue("text/html");
        assertThat(h.body()).startsWith("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n<html><head>\r\n"
                + "<title>Asterisk&trade; Manager Interface</title>\r\n</head><body style=\"background-color: #ffffff;\">\r\n"
                + "<form method=\"POST\">\r\n<table align=\"center\" style=\"background-color: #f1f1f1;\" width=\"500\">\r\n"
                + "<tr><th colspan=\"2\" style=\"background-color: #f1f1ff;\"><h1>Manager Tester</h1></th></tr>\r\n"
                + "<tr><th colspan=\"2\" style=\"background-color: #f1f1ff;\">Action: <input name=\"action\" /> "
                + "Cmd: <input name=\"command\" /><br><input type=\"submit\" value=\"Send request\" /></th></tr>\r\n"
                + "<tr><td>Response</td><td>Success</td></tr>\n<tr><td>Ping</td><td>Pong</td></tr>\n")
                .endsWith("</td></tr>\n<tr><td colspan=\"2\"><hr></td></tr>\r\n</table></form></body></html>\r\n");

        // the same, read by real parsers field by field
        List<MxmlTest.Block> blocks = MxmlTest.parse(x.body());
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).id()).isEqualTo("unknown");
        assertThat(blocks.get(0).element()).isEqualTo("generic");
        assertThat(blocks.get(0).attributes()).containsOnlyKeys("response", "actionid", "ping", "timestamp")
                .containsEntry("response", "Success").containsEntry("actionid", "x").containsEntry("ping", "Pong");
        assertThat(blocks.get(0).attributes().get("timestamp")).matches("\\d+\\.\\d{6}");
        List<List<String>> rows = ManagerHtmlTest.rows(h.body());
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(0, 2)).containsExactly(List.of("Response", "Success"), List.of("Ping", "Pong"));
        assertThat(rows.get(2).get(0)).isEqualTo("Timestamp");
        assertThat(rows.get(2).get(1)).matches("\\d+\\.\\d{6}");
        assertThat(rows.get(3)).isEmpty();
        Document page = Jsoup.parse(h.body());
        assertThat(page.title()).isEqualTo("Asterisk\u2122 Manager Interface");
        assertThat(page.select("form").attr("method")).isEqualTo("POST");
        assertThat(page.select("form input").eachAttr("name")).containsExactly("action", "command");
        assertThat(page.select("form input[type=submit]").attr("value")).isEqualTo("Send request");
    }

    @Test
    void aPostedFormIsReadAfterAuthentication() {
        DigestClient client = challenged("admin", "admin123", "/arawman");
        HttpResponse<String> r = http.send(http.request("/arawman")
                .header("Authorization", client.authorization("POST", "/arawman"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=Ping&ActionID=post1")));
        assertThat(r.body()).startsWith("Response: Success\r\nActionID: post1\r\nPing: Pong\r\n");
    }

    @Test
    void logoffEndsTheDigestSession() {
        DigestClient client = challenged("admin", "admin123", "/arawman");
        String bye = "/arawman?action=logoff";
        assertThat(get(bye, client.authorization("GET", bye)).body())
                .isEqualTo("Response: Goodbye\r\nMessage: Thanks for all the fish.\r\n\r\n");
        // the nonce now names no session: a good response makes a new one
        String ping = "/arawman?action=ping";
        assertThat(get(ping, client.authorization("GET", ping)).statusCode()).isEqualTo(200);
    }
}
