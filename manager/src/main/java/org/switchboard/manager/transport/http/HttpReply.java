package org.switchboard.manager.transport.http;

import java.util.Objects;

import org.switchboard.protocol.Latin1;

/**
 * One HTTP response before it is framed: status, the handler's own header lines (each ending in
 * CR LF, in the order Asterisk writes them), the body, and whether the connection closes after it
 * (http.c's "close on completion"). {@link HttpResponseEncoder} adds the status line, Server,
 * Date, Connection, Cache-Control and Content-Length around them.
 */
record HttpReply(int status, String title, String headerLines, byte[] body, boolean close) {
    HttpReply {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headerLines, "headerLines");
        Objects.requireNonNull(body, "body");
    }

    static HttpReply ok(String headerLines, String body) {
        return new HttpReply(200, "OK", headerLines, Latin1.encode(body), false);
    }

    /** The same reply, closing the connection after it. */
    HttpReply closing() {
        return close ? this : new HttpReply(status, title, headerLines, body, true);
    }
}
