package org.switchboard.manager.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;

import org.junit.jupiter.api.Test;

class SessionOutboundTest {

    /** Everything the channel was given to write, in order, as text. */
    private static String written(EmbeddedChannel channel) {
        StringBuilder b = new StringBuilder();
        ByteBuf buf;
        while ((buf = channel.readOutbound()) != null) {
            b.append(buf.toString(StandardCharsets.ISO_8859_1));
            buf.release();
        }
        return b.toString();
    }

    @Test
    void manyMessagesQueuedAtOnceAreWrittenInOrder() {
        EmbeddedChannel channel = new EmbeddedChannel();
        SessionOutbound out = new SessionOutbound(channel, SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES);
        StringBuilder expected = new StringBuilder();
        // far more than one chunk of the queue, all queued before the event loop drains any
        for (int i = 0; i < 5000; i++) {
            String line = "Event: Test\r\nN: " + i + "\r\n\r\n";
            expected.append(line);
            assertThat(out.send(line)).isTrue();
        }
        assertThat(out.backlogBytes()).isEqualTo(expected.length());

        channel.runPendingTasks();
        // each drain writes up to Netty's high watermark; the handler drains again once writable
        StringBuilder written = new StringBuilder(written(channel));
        for (int round = 0; round < 100 && out.backlogBytes() > 0; round++) {
            out.onWritable();
            written.append(written(channel));
        }

        assertThat(written.toString()).isEqualTo(expected.toString());
        assertThat(out.backlogBytes()).isZero();
        channel.finishAndReleaseAll();
    }

    @Test
    void aSessionBeyondItsByteCapIsClosedAndTakesNothingMore() {
        EmbeddedChannel channel = new EmbeddedChannel();
        SessionOutbound out = new SessionOutbound(channel, 100);
        assertThat(out.send("x".repeat(60))).isTrue();
        assertThat(out.send("y".repeat(60))).isFalse();
        assertThat(out.isClosing()).isTrue();
        assertThat(out.send("z")).isFalse();

        channel.runPendingTasks();

        assertThat(channel.isOpen()).isFalse();
        channel.releaseOutbound();
    }

    @Test
    void smallMessagesAroundOneLargerThanABatchKeepTheirOrderAndTheCloseComesLast() {
        EmbeddedChannel channel = new EmbeddedChannel();
        SessionOutbound out = new SessionOutbound(channel, SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES);
        String big = "Output: " + "x".repeat(40_000) + "\r\n\r\n";
        out.send("Response: Success\r\nActionID: 1\r\n\r\n");
        out.send(big);
        out.send("Event: After\r\n\r\n");
        out.closeAfterPending();

        channel.runPendingTasks();

        assertThat(written(channel)).isEqualTo("Response: Success\r\nActionID: 1\r\n\r\n" + big + "Event: After\r\n\r\n");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void oneDrainWritesManySmallMessagesAsFewBuffers() {
        EmbeddedChannel channel = new EmbeddedChannel();
        SessionOutbound out = new SessionOutbound(channel, SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES);
        for (int i = 0; i < 100; i++) {
            out.send("Event: Test\r\nN: " + i + "\r\n\r\n");
        }

        channel.runPendingTasks();

        int buffers = 0;
        StringBuilder text = new StringBuilder();
        ByteBuf buf;
        while ((buf = channel.readOutbound()) != null) {
            buffers++;
            text.append(buf.toString(StandardCharsets.ISO_8859_1));
            buf.release();
        }
        assertThat(buffers).isEqualTo(1);
        assertThat(text.toString()).startsWith("Event: Test\r\nN: 0\r\n\r\n").endsWith("N: 99\r\n\r\n");
        channel.finishAndReleaseAll();
    }
}
