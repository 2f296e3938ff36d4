package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Request heads that Asterisk's own reader accepts although they are not strict HTTP (http.c
 * httpd_process_request for the request line, http_request_headers_get for the header lines;
 * "blanks" there are all bytes below 33, strings.h ast_skip_blanks / ast_trim_blanks).
 */
class HttpRequestHeadTest {
    @RegisterExtension
    static SwitchboardExtension sb = HttpAmi.server();

    /** A ping without a login: the answer every accepted request below gets. */
    private static final String DENIED = "Response: Error\r\nMessage: Permission denied\r\n\r\n";
    private static final String PING = "GET /rawman?action=ping HTTP/1.1\r\n";

    private static RawHttp.Response exchange(String request) {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            return c.send(request).read();
        }
    }

    private static String headers(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append("X-H").append(i).append(": v\r\n");
        }
        return b.toString();
    }

    private static void assertAnswered(RawHttp.Response r) {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(DENIED);
    }

    private static void assertInvalidRequest(RawHttp.Response r) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(HttpErrorsTest.page(400, "Bad Request", "Invalid Request"));
        assertThat(r.header("Connection")).isEqualTo("close");
    }

    // ---- header lines (http_request_headers_get) ----

    @Test
    void aHeaderLineWithoutAColonIsSkippedAndNotCounted() {
        // strsep finds no ':' -> continue, before the MAX_HTTP_REQUEST_HEADERS count
        assertAnswered(exchange(PING + "no colon here\r\n" + headers(100) + "\r\n"));
    }

    @Test
    void aHeaderWithAnEmptyValueOrAnEmptyNameIsSkippedAndNotCounted() {
        assertAnswered(exchange(PING + "X-Empty:   \r\n: value\r\n" + headers(100) + "\r\n"));
    }

    @Test
    void blanksBeforeTheColonAreTrimmedFromTheName() {
        // ast_trim_blanks(name): "Connection \t" is Connection, so the reply closes
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send(PING + "Connection \t: close\r\n\r\n").read();
            assertAnswered(r);
            assertThat(r.header("Connection")).isEqualTo("close");
            assertThat(c.closedWithin(5000)).isTrue();
        }
    }

    @Test
    void controlCharactersInANameAreKeptAndTheHeaderCounts() {
        assertAnswered(exchange(PING + "X\u0001Y: v\r\n" + headers(99) + "\r\n"));
        RawHttp.Response r = exchange(PING + "X\u0001Y: v\r\n" + headers(100) + "\r\n");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).isEqualTo(HttpErrorsTest.page(413, "Request Entity Too Large", "Too many headers"));
    }

    @Test
    void aTrailingControlCharacterOfANameIsABlankButALeadingOneIsPartOfIt() {
        RawHttp.Response trailing = exchange(PING + "Connection\u0001: close\r\n\r\n");
        assertAnswered(trailing);
        assertThat(trailing.header("Connection")).isEqualTo("close");
        RawHttp.Response leading = exchange(PING + "\u0001Connection: close\r\n\r\n");
        assertAnswered(leading);
        assertThat(leading.header("Connection")).isNull();
    }

    @Test
    void aLineStartingWithABlankIsItsOwnHeaderNotAContinuation() {
        // no folding: "\tmore" has no colon and is skipped; Connection stays "close"
        RawHttp.Response r = exchange(PING + "Connection: close\r\n\tmore\r\n\r\n");
        assertAnswered(r);
        assertThat(r.header("Connection")).isEqualTo("close");
    }

    @Test
    void aLineOfBlanksEndsTheHead() {
        RawHttp.Response r = exchange(PING + "Host: x\r\n \t\r\n");
        assertAnswered(r);
    }

    @Test
    void aHeaderLineIsMeasuredAsSentWithoutASpaceAfterTheColon() {
        // 4093 characters + CR LF fill ast_iostream_gets' 4095; "name:value" is one shorter than "name: value"
        String header = "X-Long:";
        assertAnswered(exchange(PING + header + "b".repeat(4093 - header.length()) + "\r\n\r\n"));
        RawHttp.Response r = exchange(PING + header + "b".repeat(4094 - header.length()) + "\r\n\r\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(HttpErrorsTest.page(400, "Bad Request", "Header line too long"));
    }

    @Test
    void aHeaderLineEndedByABareLfHasOneCharacterMore() {
        String header = "X-Long: ";
        assertAnswered(exchange(PING + header + "b".repeat(4094 - header.length()) + "\n\r\n"));
    }

    // ---- the request line (httpd_process_request) ----

    @Test
    void aRequestLineWithoutAVersionIsAnsweredAndTheConnectionKeptAsForHttp11() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response first = c.send("GET /rawman?action=ping\r\nHost: x\r\n\r\n").read();
            assertAnswered(first);
            assertThat(first.header("Connection")).isNull();
            assertAnswered(c.send("GET /rawman?action=ping\r\n\r\n").read());
        }
    }

    @Test
    void wordsAfterTheVersionAreIgnored() {
        assertAnswered(exchange("GET /rawman?action=ping HTTP/1.1 and more\r\nHost: x\r\n\r\n"));
        assertAnswered(exchange("  GET \t /rawman?action=ping\tHTTP/9.9\r\n\r\n"));
    }

    @Test
    void theMethodIsMatchedWithoutCase() {
        assertAnswered(exchange("get /rawman?action=ping HTTP/1.1\r\n\r\n"));
    }

    @Test
    void aRequestLineWithoutAUriIsInvalid() {
        assertInvalidRequest(exchange("GET\r\nHost: x\r\n\r\n"));
        assertInvalidRequest(exchange("GET   \r\nHost: x\r\n\r\n"));
    }

    @Test
    void anEmptyLineWhereTheRequestLineBelongsIsInvalid() {
        // the empty line is read as a request line with neither method nor URI
        assertInvalidRequest(exchange("\r\n" + PING + "\r\n"));
    }

    // ---- bodies: the next request is found after them (http.c ast_http_body_discard) ----

    @Test
    void aRequestAfterAFixedLengthBodyOnTheSameConnectionIsRead() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            c.send("POST /rawman HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\n"
                    + "no colon\r\n" + "get /rawman?action=ping\r\n\r\n");
            assertThat(c.read().body()).isEqualTo("Response: Error\r\nMessage: Missing action in request\r\n\r\n");
            assertAnswered(c.read());
        }
    }

    @Test
    void aRequestAfterAChunkedBodyWithTrailersOnTheSameConnectionIsRead() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            c.send("POST /rawman HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + "6;ext=1\r\naction\r\n5\r\n=ping\r\n0\r\nX-Trailer: t\r\n\r\n"
                    + "GET /rawman?action=ping\r\n\r\n");
            assertAnswered(c.read());
            assertAnswered(c.read());
        }
    }

    @Test
    void aContentLengthIsReadAsSscanfReadsIt() {
        // get_content_length: sscanf("%30d") takes "11abc" as 11, the rest of the value is ignored
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            c.send("POST /rawman HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 11abc\r\n\r\naction=ping" + PING + "\r\n");
            assertAnswered(c.read());
            assertAnswered(c.read());
        }
        // a negative or unreadable length: 400 "Invalid Content-Length in request!"
        for (String length : new String[] {"-5", "abc"}) {
            RawHttp.Response r = exchange("POST /rawman HTTP/1.1\r\nContent-Length: " + length + "\r\n\r\n");
            assertThat(r.status()).as(length).isEqualTo(400);
            assertThat(r.body()).as(length)
                    .isEqualTo(HttpErrorsTest.page(400, "Bad Request", "Invalid Content-Length in request!"));
        }
    }
}
