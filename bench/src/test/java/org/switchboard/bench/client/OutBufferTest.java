package org.switchboard.bench.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OutBufferTest {

    private static String text(OutBuffer out) {
        return new String(out.pending(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void writesNumbersDigitByDigit() {
        OutBuffer out = new OutBuffer(8);
        out.decimal(0).bytes(AmiBytes.ascii(" ")).decimal(9).bytes(AmiBytes.ascii(" ")).decimal(Long.MAX_VALUE);
        assertThat(text(out)).isEqualTo("0 9 " + Long.MAX_VALUE);
    }

    @Test
    void refusesNegativeNumbers() {
        assertThatThrownBy(() -> new OutBuffer(8).decimal(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void growsAndKeepsOrderAcrossPartialWrites() throws Exception {
        OutBuffer out = new OutBuffer(64);
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WritableByteChannel whole = Channels.newChannel(sink);
        // a channel that takes at most 7 bytes per write, like a nearly full socket
        WritableByteChannel trickle = new WritableByteChannel() {
            @Override
            public int write(ByteBuffer src) throws java.io.IOException {
                ByteBuffer part = src.duplicate();
                part.limit(part.position() + Math.min(7, part.remaining()));
                int n = whole.write(part);
                src.position(src.position() + n);
                return n;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() { }
        };
        for (int i = 0; i < 500; i++) {
            AmiRequests.ping(out, i);
            expected.append("Action: Ping\r\nActionID: ").append(i).append("\r\n\r\n");
            out.writeTo(trickle);
        }
        while (!out.isEmpty()) {
            out.writeTo(trickle);
        }
        assertThat(sink.toString(StandardCharsets.ISO_8859_1)).isEqualTo(expected.toString());
    }

    @Test
    void buildsAUserEventWithSequenceSendTimeAndPadding() {
        OutBuffer out = new OutBuffer(16);
        AmiRequests.userEvent(out, 7, 123456789, 5);
        assertThat(text(out)).isEqualTo("Action: UserEvent\r\nUserEvent: SwitchboardBench\r\nActionID: 7\r\n"
                + "BenchSeq: 7\r\nBenchSent: 123456789\r\nBenchPad: xxxxx\r\n\r\n");
    }
}
