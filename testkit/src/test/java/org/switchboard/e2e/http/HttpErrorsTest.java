package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Asterisk's HTTP errors: status, title, HTML page and whether the connection closes (http.c
 * ast_http_error, ast_http_create_response, httpd_process_request; manager.c
 * generic_http_callback).
 */
class HttpErrorsTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", HttpAmi.MANAGER_CONF,
            "http.conf", """
                    [general]
                    enabled = yes
                    bindaddr = 127.0.0.1
                    session_inactivity = 500
                    """)).http();

    /** http.c ast_http_create_response, with the default server name in the address line. */
    static String page(int status, String title, String text) {
        return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n"
                + "<html><head>\r\n"
                + "<title>" + status + " " + title + "</title>\r\n"
                + "</head><body>\r\n"
                + "<h1>" + title + "</h1>\r\n"
                + "<p>" + text + "</p>\r\n"
                + "<hr />\r\n"
                + "<address>Asterisk/22.10.1</address>\r\n"
                + "</body></html>\r\n";
    }

    @Test
    void anUnknownUriIsNotFound() {
        HttpResponse<String> r = new HttpAmi(sb).get("/nosuch");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-type")).hasValue("text/html");
        assertThat(r.body()).isEqualTo(page(404, "Not Found", "The requested URL was not found on this server."));
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aSubPathOfAManagerUriIsNotFoundButATrailingSlashIsAccepted() {
        HttpAmi http = new HttpAmi(sb);
        assertThat(http.get("/rawman/more", "action", "ping").statusCode()).isEqualTo(404);
        assertThat(http.get("/rawmanx", "action", "ping").statusCode()).isEqualTo(404);
        HttpResponse<String> slash = http.get("/RawMan/", "action", "ping");
        assertThat(slash.statusCode()).isEqualTo(200);
        assertThat(slash.body()).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
    }

    @Test
    void otherMethodsThanGetHeadAndPostAreNotImplemented() {
        HttpAmi http = new HttpAmi(sb);
        for (String method : new String[] {"PUT", "DELETE", "OPTIONS", "PATCH"}) {
            HttpResponse<String> r = http.send(http.request("/rawman?action=ping")
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertThat(r.statusCode()).as(method).isEqualTo(501);
            assertThat(r.body()).isEqualTo(page(501, "Not Implemented", "Attempt to use unimplemented / unsupported method"));
            assertThat(r.headers().firstValue("Connection")).as("kept open").isEmpty();
        }
    }

    @Test
    void aFormBodyOverFortyKilobytesIsTooLarge() {
        HttpAmi http = new HttpAmi(sb);
        HttpResponse<String> r = http.post("/rawman", "action", "ping", "pad", "x".repeat(40961));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).isEqualTo(page(413, "Request Entity Too Large", "Body too large"));
        assertThat(r.headers().firstValue("Connection")).hasValue("close");
    }

    @Test
    void aFormBodyOfExactlyTheLimitIsRead() {
        String body = "action=ping&pad=" + "x".repeat(40960 - "action=ping&pad=".length());
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("POST /rawman HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
        }
    }

    @Test
    void aChunkedFormBodyOverTheLimitIsTooLarge() {
        String chunk = "a".repeat(30000);
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("POST /rawman HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n").read();
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.body()).isEqualTo(page(413, "Request Entity Too Large", "Body too large"));
        }
    }

    @Test
    void aLargeBodyThatIsNotAFormIsDiscardedUnread() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            String body = "y".repeat(100_000);
            RawHttp.Response r = c.send("POST /rawman?action=ping HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).read();
            // no form: no parameters (and the query is ignored for POST)
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("Response: Error\r\nMessage: Missing action in request\r\n\r\n");
        }
    }

    @Test
    void aRequestThatStallsInItsHeadGetsTimeoutAndIsClosed() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("GET /rawman?action=ping HTTP/1.1\r\nHost: x\r\n").read();
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo(page(400, "Bad Request", "Timeout"));
            assertThat(r.header("Connection")).isEqualTo("close");
            assertThat(c.closedWithin(10_000)).isTrue();
        }
    }

    @Test
    void aFormBodyThatStallsCannotBeParsed() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("POST /rawman HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100\r\n\r\naction=ping").read();
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo(page(400, "Bad Request", "Error parsing request body"));
        }
    }

    @Test
    void aRequestLineLongerThanTheLineBufferIsRefused() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("GET /rawman?x=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo(page(400, "Bad Request", "Request line too long"));
            assertThat(r.header("Connection")).isEqualTo("close");
        }
    }

    /** {@code GET /rawman?action=ping&x=aaa... HTTP/1.1} with exactly {@code length} characters. */
    private static String requestLine(int length) {
        String start = "GET /rawman?action=ping&x=";
        return start + "a".repeat(length - start.length() - " HTTP/1.1".length()) + " HTTP/1.1";
    }

    @Test
    void aRequestLineFitsWhenItAndItsCrLfLeaveRoomForTheNulInAsterisksBuffer() {
        // http.c MAX_HTTP_LINE_LENGTH 4096 read by ast_iostream_gets: 4093 characters + CR LF fit
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            assertThat(c.send(requestLine(4093) + "\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
        }
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send(requestLine(4094) + "\r\nHost: x\r\n\r\n").read();
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo(page(400, "Bad Request", "Request line too long"));
        }
    }

    @Test
    void aHeaderLineHasTheSameRoom() {
        String header = "X-Long: ";
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            String fits = header + "b".repeat(4093 - header.length());
            assertThat(c.send("GET /rawman?action=ping HTTP/1.1\r\n" + fits + "\r\n\r\n").read().status()).isEqualTo(200);
        }
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            String tooLong = header + "b".repeat(4094 - header.length());
            RawHttp.Response r = c.send("GET /rawman?action=ping HTTP/1.1\r\n" + tooLong + "\r\n\r\n").read();
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo(page(400, "Bad Request", "Header line too long"));
            assertThat(r.header("Connection")).isEqualTo("close");
        }
    }

    @Test
    void moreThanAHundredHeadersAreTooMany() {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            headers.append("X-H").append(i).append(": v\r\n");
        }
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("GET /rawman?action=ping HTTP/1.1\r\n" + headers + "\r\n").read();
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.body()).isEqualTo(page(413, "Request Entity Too Large", "Too many headers"));
        }
    }

    @Test
    void anUnknownTransferCodingIsNotImplemented() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("POST /rawman HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n").read();
            assertThat(r.status()).isEqualTo(501);
            assertThat(r.statusLine()).isEqualTo("HTTP/1.1 501 Unimplemented");
            assertThat(r.body()).isEqualTo(page(501, "Unimplemented", "Unsupported Transfer-Encoding."));
        }
    }

    @Test
    void anInvalidContentLengthIsABadRequest() {
        try (RawHttp c = new RawHttp(sb.httpAddress())) {
            RawHttp.Response r = c.send("POST /rawman HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n").read();
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo(page(400, "Bad Request", "Invalid Content-Length in request!"));
        }
    }

    @Test
    void anAmiErrorIsStillHttpOk() {
        HttpResponse<String> r = new HttpAmi(sb).get("/rawman", "action", "NoSuchAction");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
    }
}
