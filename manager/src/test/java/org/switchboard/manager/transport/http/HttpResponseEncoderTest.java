package org.switchboard.manager.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;

import org.junit.jupiter.api.Test;

/** ast_http_send's framing and ast_http_create_response's pages (spec 01 §7.4, §7.6). */
class HttpResponseEncoderTest {
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2024, 3, 5, 7, 8, 9, 0, ZoneOffset.ofHours(2));

    private static String encode(HttpReply reply, String server, boolean close, boolean head) {
        ByteBuf b = HttpResponseEncoder.encode(UnpooledByteBufAllocator.DEFAULT, reply, server, WHEN, close, head);
        try {
            return b.toString(StandardCharsets.ISO_8859_1);
        } finally {
            b.release();
        }
    }

    @Test
    void headersComeInAsterisksOrderWithTheDateInGmt() {
        HttpReply ok = HttpReply.ok("Content-type: text/plain\r\n", "Body\r\n");
        assertThat(encode(ok, "Asterisk/22.10.1", true, false)).isEqualTo("HTTP/1.1 200 OK\r\n"
                + "Server: Asterisk/22.10.1\r\n"
                + "Date: Tue, 05 Mar 2024 05:08:09 GMT\r\n"
                + "Connection: close\r\n"
                + "Cache-Control: no-cache, no-store\r\n"
                + "Content-type: text/plain\r\n"
                + "Content-Length: 6\r\n\r\nBody\r\n");
    }

    @Test
    void headKeepsTheLengthButSendsNoBodyExceptForErrors() {
        HttpReply ok = HttpReply.ok("", "12345");
        assertThat(encode(ok, "", false, true)).isEqualTo("HTTP/1.1 200 OK\r\nDate: Tue, 05 Mar 2024 05:08:09 GMT\r\n"
                + "Cache-Control: no-cache, no-store\r\nContent-Length: 5\r\n\r\n");
        HttpReply error = HttpErrorPages.error(404, "Not Found", "x", "", false);
        assertThat(encode(error, "", false, true)).endsWith("<p>x</p>\r\n<hr />\r\n</body></html>\r\n");
    }

    @Test
    void theUnauthorizedReplyCarriesTheDigestChallenge() {
        HttpReply r = HttpErrorPages.unauthorized("asterisk", 0x1a2bL, true, "S");
        assertThat(r.headerLines()).isEqualTo("WWW-authenticate: Digest algorithm=MD5, realm=\"asterisk\", "
                + "nonce=\"00001a2b\", qop=\"auth\", opaque=\"00001a2b\", stale=true\r\nContent-type: text/html\r\n");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.close()).isFalse();
    }

    @Test
    void errorTextIsXmlEscapedAndNeverCutInsideAnEntity() {
        assertThat(HttpErrorPages.escape("a<b>&'\"", 100)).isEqualTo("a&lt;b&gt;&amp;&apos;&quot;");
        assertThat(HttpErrorPages.escape("ab<", 4)).isEqualTo("ab");
    }
}
