package org.switchboard.manager.transport.http;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import org.switchboard.protocol.Latin1;

/**
 * Frames a {@link HttpReply} byte for byte as http.c ast_http_send does:
 *
 * <pre>
 * HTTP/1.1 &lt;status&gt; &lt;title&gt;
 * [Server: &lt;servername&gt;]
 * Date: &lt;RFC 1123, GMT&gt;
 * [Connection: close]
 * Cache-Control: no-cache, no-store
 * &lt;the reply's own headers&gt;
 * Content-Length: &lt;n&gt;
 *
 * &lt;body, except for a successful HEAD&gt;
 * </pre>
 */
final class HttpResponseEncoder {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private HttpResponseEncoder() { }

    /**
     * @param close whether the connection closes after this reply (the reply's own wish, the
     *              client's {@code Connection: close}, or {@code session_keep_alive = 0})
     * @param head  the request was HEAD: a reply below 400 then carries no body, only its length
     */
    static ByteBuf encode(ByteBufAllocator alloc, HttpReply reply, String serverName, ZonedDateTime now,
                          boolean close, boolean head) {
        StringBuilder h = new StringBuilder(256);
        h.append("HTTP/1.1 ").append(reply.status()).append(' ').append(reply.title()).append("\r\n");
        if (!serverName.isEmpty()) {
            h.append("Server: ").append(serverName).append("\r\n");
        }
        h.append("Date: ").append(DATE.format(now.withZoneSameInstant(ZoneOffset.UTC))).append("\r\n");
        if (close) {
            h.append("Connection: close\r\n");
        }
        h.append("Cache-Control: no-cache, no-store\r\n");
        h.append(reply.headerLines());
        h.append("Content-Length: ").append(reply.body().length).append("\r\n\r\n");
        byte[] head0 = Latin1.encode(h);
        boolean sendBody = !head || reply.status() >= 400;
        ByteBuf buf = alloc.buffer(head0.length + (sendBody ? reply.body().length : 0));
        buf.writeBytes(head0);
        if (sendBody) {
            buf.writeBytes(reply.body());
        }
        return buf;
    }
}
