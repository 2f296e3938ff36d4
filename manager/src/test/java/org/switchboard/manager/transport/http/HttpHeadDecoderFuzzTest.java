package org.switchboard.manager.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpRequest;

/**
 * Fuzzes the request-head reader that stands in front of Netty's HTTP decoder (docs/hardening.md):
 * whatever bytes a client sends, in whatever pieces TCP delivers them,
 *
 * <ul>
 *   <li>the reader never throws;</li>
 *   <li>what it hands on does not depend on the pieces: the input in one buffer and the same input
 *       cut at a point chosen by the fuzzer give the same output;</li>
 *   <li>every buffer it hands on can be released once (a double release would throw).</li>
 * </ul>
 */
class HttpHeadDecoderFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void outputDoesNotDependOnHowTheBytesArrive(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int cut = Math.floorMod(input[0], input.length);
        String whole = decode(input, input.length);
        String pieces = decode(input, cut);
        assertThat(pieces).isEqualTo(whole);
    }

    /** Feeds {@code input} as two writes split at {@code cut}; the output as text, refusals marked. */
    private static String decode(byte[] input, int cut) {
        EmbeddedChannel channel = new EmbeddedChannel(new HttpHeadDecoder());
        StringBuilder out = new StringBuilder();
        write(channel, input, 0, cut, out);
        write(channel, input, cut, input.length, out);
        channel.finishAndReleaseAll();
        return out.toString();
    }

    private static void write(EmbeddedChannel channel, byte[] input, int from, int to, StringBuilder out) {
        if (from == to) {
            return;
        }
        channel.writeInbound(Unpooled.copiedBuffer(input, from, to - from));
        Object m;
        while ((m = channel.readInbound()) != null) {
            if (m instanceof HttpRequest refused) {
                HttpHeadRefused why = (HttpHeadRefused) refused.decoderResult().cause();
                out.append("[refused ").append(why.text()).append(']');
            } else {
                ByteBuf b = (ByteBuf) m;
                out.append(b.toString(StandardCharsets.ISO_8859_1));
                b.release();   // a double release would throw here
            }
        }
    }
}
