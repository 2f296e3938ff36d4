package org.switchboard.manager.transport.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpRequest;

import org.junit.jupiter.api.Test;

/** The canonical head handed to Netty, built from heads as http.c reads them. */
class HttpHeadDecoderTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new HttpHeadDecoder());

    /** Feeds the text one byte at a time (a head may arrive in any pieces) and returns what came out. */
    private String feed(String text) {
        for (byte b : text.getBytes(ISO_8859_1)) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        StringBuilder out = new StringBuilder();
        Object m;
        while ((m = channel.readInbound()) != null) {
            if (m instanceof HttpRequest refused) {
                out.append("[refused ").append(((HttpHeadRefused) refused.decoderResult().cause()).text()).append(']');
            } else {
                ByteBuf b = (ByteBuf) m;
                out.append(b.toString(ISO_8859_1));
                b.release();
            }
        }
        return out.toString();
    }

    @Test
    void theHeadIsRewrittenAsAsteriskReadsIt() {
        assertThat(feed("  post\t/rawman  HTTP/1.0 extra\r\nContent-Type :  text/plain \r\nno colon\r\n"
                + "X-Empty:\r\n\u0001X: v\r\nX-Ctl\u0001: a\u0001b\r\n \r\n"))
                .isEqualTo("POST /rawman HTTP/1.1\r\nContent-Type: text/plain\r\nX-Ctl: a\u0001b\r\n\r\n");
    }

    @Test
    void unknownMethodsAreAllUnknown() {
        assertThat(feed("PATCH / HTTP/1.1\r\n\r\n")).isEqualTo("UNKNOWN / HTTP/1.1\r\n\r\n");
    }

    @Test
    void onlyTheFirstContentLengthFramesTheBodyAndTheNextHeadFollows() {
        assertThat(feed("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 9\r\n\r\nabcGET /x\r\n\r\n"))
                .isEqualTo("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /x HTTP/1.1\r\n\r\n");
    }

    @Test
    void aChunkedBodyPassesUnchanged() {
        String body = "3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n";
        assertThat(feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + body + "HEAD /y\r\n\r\n"))
                .isEqualTo("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + body + "HEAD /y HTTP/1.1\r\n\r\n");
    }

    @Test
    void skippedLinesAreNotKeptSoTheyCostNoMemory() {
        String skipped = ("no colon " + "z".repeat(4000) + "\r\n").repeat(300);
        assertThat(feed("GET /\r\n" + skipped + "\r\n")).isEqualTo("GET / HTTP/1.1\r\n\r\n");
    }

    @Test
    void refusalsEndTheConnectionsInput() {
        assertThat(feed("GET\r\nGET / HTTP/1.1\r\n\r\n")).isEqualTo("[refused Invalid Request]");
        assertThat(feed("GET /x\r\n\r\n")).isEmpty();
    }

    @Test
    void aLineFitsWithItsLfInFourThousandNinetyFiveBytes() {
        assertThat(feed("GET /" + "a".repeat(4088) + "\r\n\r\n")).startsWith("GET /a");
        assertThat(feed("GET /" + "a".repeat(4089) + "\r\n")).isEqualTo("[refused Request line too long]");
    }

    @Test
    void contentLengthIsReadAsSscanfPercent30dReadsIt() {
        assertThat(HttpHeadDecoder.asteriskContentLength("12abc")).isEqualTo("12");
        assertThat(HttpHeadDecoder.asteriskContentLength("+7")).isEqualTo("7");
        assertThat(HttpHeadDecoder.asteriskContentLength("007 bytes")).isEqualTo("7");
        assertThat(HttpHeadDecoder.asteriskContentLength("0")).isEqualTo("0");
        // unreadable or negative: handed on as sent, for Netty to refuse
        assertThat(HttpHeadDecoder.asteriskContentLength("abc")).isEqualTo("abc");
        assertThat(HttpHeadDecoder.asteriskContentLength("-5")).isEqualTo("-5");
        assertThat(HttpHeadDecoder.asteriskContentLength("-")).isEqualTo("-");
        // only 30 characters are read: the 31st digit is not part of the number
        assertThat(HttpHeadDecoder.asteriskContentLength("0".repeat(29) + "12")).isEqualTo("1");
    }
}
