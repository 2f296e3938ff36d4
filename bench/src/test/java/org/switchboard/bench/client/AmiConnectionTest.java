package org.switchboard.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AmiConnectionTest {
    private static final String BANNER = "Asterisk Call Manager/11.0.0\r\n";
    private static final String M1 = "Response: Success\r\nActionID: login\r\nMessage: Authentication accepted\r\n\r\n";
    private static final String M2 = "Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n";
    private static final String M3 = "Response: Success\r\nActionID: 1\r\nPing: Pong\r\nTimestamp: 1.000000\r\n\r\n";

    /** Collects what a connection hands over. */
    private static final class Recorder implements AmiConnection.Handler {
        int banners;
        final List<String> messages = new ArrayList<>();

        @Override
        public void banner(AmiConnection c) {
            banners++;
        }

        @Override
        public void message(AmiConnection c, byte[] buf, int start, int end) {
            messages.add(AmiBytes.text(buf, start, end));
        }

        @Override
        public void closed(AmiConnection c, String reason) { }
    }

    private static List<String> frame(List<byte[]> chunks, Recorder r) throws Exception {
        try (ClientLoop loop = new ClientLoop(); SocketChannel unused = SocketChannel.open()) {
            AmiConnection c = new AmiConnection(loop, unused, r);
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            for (byte[] chunk : chunks) {
                c.receive(buf, chunk);
            }
            return r.messages;
        }
    }

    @Test
    void framesTheBannerAndEveryMessageAtEverySplit() throws Exception {
        byte[] wire = (BANNER + M1 + M2 + M3).getBytes(StandardCharsets.ISO_8859_1);
        for (int cut = 1; cut < wire.length; cut++) {
            Recorder r = new Recorder();
            List<String> got = frame(List.of(Arrays.copyOfRange(wire, 0, cut), Arrays.copyOfRange(wire, cut, wire.length)), r);
            assertThat(r.banners).as("cut at %d", cut).isEqualTo(1);
            assertThat(got).as("cut at %d", cut).containsExactly(M1, M2, M3);
        }
    }

    @Test
    void framesBytesArrivingOneByOne() throws Exception {
        byte[] wire = (BANNER + M1 + M2 + M3).getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> chunks = new ArrayList<>();
        for (byte b : wire) {
            chunks.add(new byte[] {b});
        }
        assertThat(frame(chunks, new Recorder())).containsExactly(M1, M2, M3);
    }

    @Test
    void skipsAStrayBlankLineBetweenMessages() throws Exception {
        byte[] wire = (BANNER + M1 + "\r\n" + M2).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(frame(List.of(wire), new Recorder())).containsExactly(M1, M2);
    }

    @Test
    void carriesAMessageLargerThanTheSharedReadBuffer() throws Exception {
        String big = "Response: Follows\r\n" + "Output: " + "y".repeat(600_000) + "\r\n\r\n";
        byte[] wire = (BANNER + big + M3).getBytes(StandardCharsets.ISO_8859_1);
        Recorder r = new Recorder();
        try (ClientLoop loop = new ClientLoop(); SocketChannel unused = SocketChannel.open()) {
            AmiConnection c = new AmiConnection(loop, unused, r);
            int step = 200_000;
            for (int from = 0; from < wire.length; from += step) {
                // each read gets a buffer with room for the carried part plus the new bytes, as the loop keeps it
                ByteBuffer buf = ByteBuffer.allocate(2 * wire.length);
                c.receive(buf, Arrays.copyOfRange(wire, from, Math.min(wire.length, from + step)));
            }
        }
        assertThat(r.messages).containsExactly(big, M3);
    }
}
