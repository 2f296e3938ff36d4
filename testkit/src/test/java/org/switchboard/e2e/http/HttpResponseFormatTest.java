package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * The HTTP framing of replies, byte for byte (spec 01 §7.4: ast_http_send's header order; the
 * cookie, its Max-Age and Pragma; Content-Length; HEAD).
 */
class HttpResponseFormatTest {
    @RegisterExtension
    static SwitchboardExtension sb = HttpAmi.server();

    @Test
    void aCookieReplyHasAsterisksHeadersInAsterisksOrder() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("GET /rawman?action=ping HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(r.statusLine()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(r.headerNames()).containsExactly("Server", "Date", "Cache-Control", "Content-type",
                    "Set-Cookie", "Pragma", "Content-Length");
            assertThat(r.header("Server")).isEqualTo("Asterisk/22.10.1");
            // ast_http_send: "%a, %d %b %Y %H:%M:%S GMT"
            ZonedDateTime.parse(r.header("Date"), DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
                    Locale.US).withZone(java.time.ZoneOffset.UTC));
            assertThat(r.header("Cache-Control")).isEqualTo("no-cache, no-store");
            assertThat(r.header("Content-type")).isEqualTo("text/plain");
            assertThat(r.header("Set-Cookie")).matches("mansession_id=\"[0-9a-f]{8}\"; Version=1; Max-Age=60");
            assertThat(r.header("Pragma")).isEqualTo("SuppressEvents");
            assertThat(r.body()).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
            assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body().length()));
        }
    }

    @Test
    void theConnectionStaysOpenForTheNextRequestAndClosesWhenAsked() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response first = c.send("GET /rawman?action=ping HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(first.header("Connection")).isNull();
            RawHttp.Response second = c.send("GET /mxml?action=ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .read();
            assertThat(second.headerNames()).containsExactly("Server", "Date", "Connection", "Cache-Control",
                    "Content-type", "Set-Cookie", "Pragma", "Content-Length");
            assertThat(second.header("Connection")).isEqualTo("close");
            assertThat(second.header("Content-type")).isEqualTo("text/xml");
            assertThat(c.closedWithin(5000)).isTrue();
        }
    }

    @Test
    void headGetsTheHeadersAndTheLengthButNoBody() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response head = c.send("HEAD /rawman?action=ping HTTP/1.1\r\nHost: x\r\n\r\n").read(true);
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("Content-Length"))
                    .isEqualTo(String.valueOf("Response: Error\r\nMessage: Permission denied\r\n\r\n".length()));
            // the next reply on the same connection starts right after the head: no body was sent
            RawHttp.Response next = c.send("GET /rawman?action=ping HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(next.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void headOfAnErrorStillGetsThePage() {
        // ast_http_send sends the body when the method is not HEAD or the status is 400 or more
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("HEAD /nosuch HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.body()).isEqualTo(HttpErrorsTest.page(404, "Not Found",
                    "The requested URL was not found on this server."));
            assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body().length()));
        }
    }
}
