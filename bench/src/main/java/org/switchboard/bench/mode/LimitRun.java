package org.switchboard.bench.mode;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;

import org.switchboard.bench.client.AmiBytes;
import org.switchboard.bench.client.AmiConnection;
import org.switchboard.bench.client.AmiRequests;
import org.switchboard.bench.client.ClientLoop;
import org.switchboard.bench.stats.Figures;

/**
 * {@code limit}: no AMI server. A {@link LimitServer} thread streams pre-encoded events of
 * {@code eventBytes} bytes to {@code clients} connections of the tool's own client over
 * loopback, and the client frames and reads them exactly as a fanout listener does (finds the
 * blank line, reads the sequence and send-time headers). Messages per second over the measured
 * window are the ceiling this machine and this client can reach; other modes are read against it.
 */
public final class LimitRun {

    /** What to run. */
    public record Settings(int clients, int eventBytes, Duration warmup, Duration duration) {
        public Settings {
            if (clients < 1) {
                throw new IllegalArgumentException("clients must be at least 1");
            }
        }
    }

    /** The figures: messages counted in the window, their rate and the bytes they made. */
    public record Result(int clients, int eventBytes, double seconds, long messages, double messagesPerSecond,
                         double megabytesPerSecond, double cpuSeconds, double otherCpuSeconds) implements BenchResult {
        @Override
        public Figures figures() {
            return new Figures().put("mode", "limit").put("clients", clients).put("event_bytes", eventBytes)
                    .put("seconds", seconds).put("msgs", messages).rate("msgs_per_s", messagesPerSecond)
                    .put("mb_per_s", megabytesPerSecond).put("cpu_s", cpuSeconds)
                    .put("other_cpu_s", otherCpuSeconds);
        }
    }

    private final Settings settings;
    private final MeasurementWindow window = new MeasurementWindow(0);
    private long counted;
    private long latencySum;

    private LimitRun(Settings s) {
        this.settings = s;
    }

    public static Result run(Settings s) throws IOException, BenchException {
        return new LimitRun(s).execute();
    }

    private Result execute() throws IOException, BenchException {
        Settings s = settings;
        try (LimitServer server = new LimitServer(s.eventBytes()); ClientLoop loop = new ClientLoop()) {
            SocketChannel[] sockets = new SocketChannel[s.clients()];
            for (int i = 0; i < sockets.length; i++) {
                // loopback connects complete in the listen backlog before the server accepts
                sockets[i] = SocketChannel.open();
                int rcv = Integer.getInteger("exp.rcvbuf", 0);
                if (rcv > 0) {
                    sockets[i].setOption(StandardSocketOptions.SO_RCVBUF, rcv);
                }
                sockets[i].connect(server.address());
                sockets[i].setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            server.start(sockets.length);
            Reader reader = new Reader();
            for (SocketChannel ch : sockets) {
                loop.adopt(ch, reader);
            }
            long open = System.nanoTime() + s.warmup().toNanos();
            loop.at(open, () -> window.open(System.nanoTime()));
            loop.at(open + s.duration().toNanos(), () -> {
                window.close(System.nanoTime());
                loop.stop();
            });
            loop.run(open + s.duration().toNanos() + Duration.ofSeconds(10).toNanos());
            if (server.failure() != null) {
                throw new BenchException("limit: the event server failed: " + server.failure().getMessage());
            }
            double seconds = window.seconds();
            double rate = MeasurementWindow.perSecond(counted, seconds);
            return new Result(s.clients(), server.eventBytes(), seconds, counted, rate,
                    rate * server.eventBytes() / 1e6, window.clientCpuSeconds(), window.otherCpuSeconds());
        }
    }

    private final class Reader implements AmiConnection.Handler {
        @Override
        public void banner(AmiConnection c) {
            // nothing to log in to
        }

        @Override
        public void message(AmiConnection c, byte[] buf, int start, int end) {
            // the same per-event work as a fanout listener
            int seqAt = AmiBytes.valueStart(buf, start, end, AmiRequests.SEQ_HEADER);
            long seq = seqAt < 0 ? -1 : AmiBytes.parseDecimal(buf, seqAt, end);
            if (seq >= 0 && AmiBytes.startsWith(buf, start, end, AmiRequests.EVENT) && window.counting()) {
                counted++;
                long sent = FanoutRun.sentTime(buf, start, seqAt, end);
                latencySum += System.nanoTime() - sent;   // kept in a field, so the JIT cannot drop the reads
            }
        }

        @Override
        public void closed(AmiConnection c, String reason) {
            // the run is over when the window closes
        }
    }
}
