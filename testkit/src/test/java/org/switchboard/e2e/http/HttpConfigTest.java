package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/** http.conf: prefix, servername, redirects and path restrictions (spec 01 §7.1; http.c handle_uri). */
class HttpConfigTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", HttpAmi.MANAGER_CONF,
            "http.conf", """
                    [general]
                    enabled = yes
                    bindaddr = 127.0.0.1
                    prefix = asterisk
                    servername = Switchboard <Test>
                    redirect = /asterisk/ami /asterisk/rawman
                    tlscafile = /nowhere/ca.pem

                    [/asterisk/mxml]
                    type = restriction
                    deny = 0.0.0.0/0
                    permit = 10.0.0.0/8

                    [/asterisk/manager]
                    type = restriction
                    """)).http();

    private final HttpAmi http = new HttpAmi(sb);

    @Test
    void everyUriStartsWithThePrefix() {
        assertThat(http.get("/asterisk/rawman", "action", "ping").body()).contains("Permission denied");
        assertThat(http.get("/ASTERISK/RAWMAN/", "action", "ping").statusCode()).isEqualTo(200);
        assertThat(http.get("/rawman", "action", "ping").statusCode()).isEqualTo(404);
        assertThat(http.get("/asteriskrawman", "action", "ping").statusCode()).isEqualTo(404);
    }

    @Test
    void theServerNameIsTheServerHeaderAndTheAddressOfErrorPages() {
        HttpResponse<String> r = http.get("/nothing");
        assertThat(r.headers().firstValue("Server")).hasValue("Switchboard <Test>");
        assertThat(r.body()).contains("<hr />\r\n<address>Switchboard &lt;Test&gt;</address>\r\n</body></html>\r\n");
    }

    @Test
    void aRedirectAnswers302WithTheDestination() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("GET /Asterisk/AMI HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(r.statusLine()).isEqualTo("HTTP/1.1 302 Moved Temporarily");
            assertThat(r.headerNames()).containsExactly("Server", "Date", "Cache-Control", "Location", "Content-Length");
            assertThat(r.header("Location")).isEqualTo("/asterisk/rawman");
            assertThat(r.body()).isEmpty();
        }
    }

    @Test
    void aRestrictionWhoseAclRefusesTheClientIsForbidden() {
        HttpResponse<String> r = http.get("/asterisk/mxml", "action", "ping");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("<title>403 Forbidden</title>").contains("<p>Access denied by ACL</p>");
        assertThat(r.headers().firstValue("Connection")).hasValue("close");
        // a restriction without an ACL lets everyone through
        assertThat(http.get("/asterisk/manager", "action", "ping").statusCode()).isEqualTo(200);
        // http.c check_restriction_acl: ast_begins_with on the path as sent, so any longer path is
        // refused too, while the case-blind URI match lets another spelling through (quirk)
        assertThat(http.get("/asterisk/mxml/", "action", "ping").statusCode()).isEqualTo(403);
        assertThat(http.get("/Asterisk/MXML", "action", "ping").statusCode()).isEqualTo(200);
    }

    @Test
    void httpShowStatusListsPrefixRedirectsAndRestrictions() {
        String port = String.valueOf(sb.httpAddress().getPort());
        assertThat(sb.server().executeCli("http show status").output()).isEqualTo("HTTP Server Status:\n"
                + "Prefix: /asterisk\n"
                + "Server: Switchboard <Test>\n"
                + "Server Enabled and Bound to 127.0.0.1:" + port + "\n\n"
                + "Enabled URI's:\n"
                + "/asterisk/amanager => HTML Manager Event Interface w/Digest authentication\n"
                + "/asterisk/arawman => Raw HTTP Manager Event Interface w/Digest authentication\n"
                + "/asterisk/manager => HTML Manager Event Interface\n"
                + "/asterisk/rawman => Raw HTTP Manager Event Interface\n"
                + "/asterisk/amxml => XML Manager Event Interface w/Digest authentication\n"
                + "/asterisk/mxml => XML Manager Event Interface\n"
                + "\nEnabled Redirects:\n"
                + "  /asterisk/ami => /asterisk/rawman\n"
                + "\nPath Restrictions:\n"
                + "  Path: /asterisk/mxml\n"
                + "    ACL: (unnamed)\n"
                + "---------------------------------------------\n"
                + "      0:  deny - 0.0.0.0/0.0.0.0\n"
                + "      1: allow - 10.0.0.0/255.0.0.0\n"
                + "  Path: /asterisk/manager\n"
                + "    No ACL configured\n");
    }
}
