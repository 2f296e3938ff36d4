package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Request parameters becoming AMI header lines (spec 01 §7.3; http.c handle_uri and
 * ast_http_parse_post_form, utils.c ast_uri_decode with the legacy flag, manager.c
 * astman_append_headers). UserEvent echoes every line but Action and UserEvent into its event
 * (manager.c action_userevent), so WaitEvent shows exactly what the request became.
 */
class HttpParametersTest {
    @RegisterExtension
    static SwitchboardExtension sb = HttpAmi.server();

    /** A logged-in session (read = system,user) with nothing queued. */
    private static HttpAmi session() {
        HttpAmi http = new HttpAmi(sb);
        http.login("local", "localpw");
        http.get("/rawman", "action", "WaitEvent", "timeout", "0");
        return http;
    }

    /** The UserEvent block that the next WaitEvent hands out. */
    private static String event(HttpAmi http) {
        String body = http.get("/rawman", "action", "WaitEvent", "timeout", "0").body();
        int start = body.indexOf("Event: UserEvent\r\n");
        assertThat(start).as("a UserEvent in %s", body).isNotNegative();
        return body.substring(start, body.indexOf("\r\n\r\n", start) + 4);
    }

    private static RawHttp.Response raw(HttpAmi http, String requestHead, String body) {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            return c.send(requestHead + "Host: x\r\nCookie: mansession_id=\"" + http.cookie() + "\"\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).read();
        }
    }

    @Test
    void aQueryIsSplitOnAmpersandsThenAtTheFirstEqualsAndDecoded() {
        HttpAmi http = session();
        RawHttp.Response r = raw(http, "GET /rawman?action=UserEvent&UserEvent=Decode&Plus=a+b%2Bc"
                + "&Hex=%41%4a%4%zz&Tail=%2&Flag&=nameless&Eq=x=y&Enc%3Aname=v HTTP/1.1\r\n", "");
        assertThat(r.body()).isEqualTo("Response: Success\r\nMessage: Event Sent\r\n\r\n");
        assertThat(event(http)).isEqualTo("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: Decode\r\n"
                + "Plus: a b+c\r\n"
                + "Hex: AJ\u0004zz\r\n"         // "%4%" reads the single hex digit 4 and consumes three characters
                + "Tail: %2\r\n"                // no two characters after the %: kept as it is
                + "Flag: \r\n"                  // no '=': an empty value
                + ": nameless\r\n"              // an empty name is kept
                + "Eq: x=y\r\n"                 // split at the first '=' only
                + "Enc:name: v\r\n\r\n");
    }

    @Test
    void aPostReadsItsFormBodyAndIgnoresTheQuery() {
        HttpAmi http = session();
        RawHttp.Response r = raw(http, "POST /rawman?action=Logoff&UserEvent=FromQuery HTTP/1.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\n",
                "action=UserEvent&UserEvent=FromBody&Greeting=hello+there");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("Response: Success\r\nMessage: Event Sent\r\n\r\n");
        assertThat(event(http)).isEqualTo("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: FromBody\r\n"
                + "Greeting: hello there\r\n\r\n");
    }

    @Test
    void aPostWithAnEmptyFormHasNoAction() {
        HttpAmi http = session();
        RawHttp.Response r = raw(http, "POST /rawman?action=Ping HTTP/1.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n", "");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("Response: Error\r\nMessage: Missing action in request\r\n\r\n");
    }

    @Test
    void parametersPastOneHundredTwentyEightAreDropped() {
        HttpAmi http = session();
        List<String> params = new ArrayList<>(List.of("action", "UserEvent", "UserEvent", "Many"));
        for (int i = 1; i <= 130; i++) {
            params.add("p" + i);
            params.add("v" + i);
        }
        http.get("/rawman", params.toArray(String[]::new));
        // Action and UserEvent are the first two of the 128 header lines: p1..p126 are kept
        String event = event(http);
        assertThat(event).contains("\r\np1: v1\r\n").endsWith("\r\np126: v126\r\n\r\n").doesNotContain("p127");
        assertThat(event.split("\r\n")).hasSize(3 + 126);
    }
}
