package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/** /rawman: the AMI text exactly as a socket gets it, and the cookie session (spec 01 §7.3, §7.4, §7.6). */
class RawmanTest {
    @RegisterExtension
    static SwitchboardExtension sb = HttpAmi.server();

    @Test
    void loginPingLogoffWithTheCookie() {
        HttpAmi http = new HttpAmi(sb);
        HttpResponse<String> login = http.get("/rawman", "action", "login", "username", "admin", "secret", "admin123");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).isEqualTo("Response: Success\r\nMessage: Authentication accepted\r\n\r\n");
        assertThat(http.cookie()).matches("[0-9a-f]{8}");

        HttpResponse<String> ping = http.get("/rawman", "action", "ping", "actionid", "p1");
        assertThat(ping.body()).startsWith("Response: Success\r\nActionID: p1\r\nPing: Pong\r\nTimestamp: ");
        assertThat(ping.body()).endsWith("\r\n\r\n");

        HttpResponse<String> bye = http.get("/rawman", "action", "logoff");
        assertThat(bye.body()).isEqualTo("Response: Goodbye\r\nMessage: Thanks for all the fish.\r\n\r\n");
    }
}
