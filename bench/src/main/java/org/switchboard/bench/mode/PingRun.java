package org.switchboard.bench.mode;

import java.io.IOException;
import java.time.Duration;

import org.switchboard.bench.client.AmiBytes;
import org.switchboard.bench.client.AmiConnection;
import org.switchboard.bench.client.AmiRequests;
import org.switchboard.bench.client.ClientLoop;
import org.switchboard.bench.client.LoginHandler;
import org.switchboard.bench.client.Target;
import org.switchboard.bench.stats.Figures;
import org.switchboard.bench.stats.LatencyHistogram;

/**
 * {@code ping}: one session keeps {@code window} Ping actions in flight (each answered one is
 * replaced at once) and times every round trip by its numeric ActionID. With window 1 this is
 * the round-trip rate; with a larger window, the pipelined action rate.
 */
public final class PingRun {

    /** What to run. {@code serverPid} 0 means unknown (no server CPU figure). */
    public record Settings(Target target, int window, Duration warmup, Duration duration, Duration timeout,
                           long serverPid) {
        public Settings {
            if (window < 1) {
                throw new IllegalArgumentException("window must be at least 1");
            }
        }
    }

    /**
     * The figures; latencies in nanoseconds. {@code actions} counts answers inside the measured
     * window; {@code sent > answered} means the timeout passed with actions unanswered.
     */
    public record Result(int window, long actions, double seconds, double actionsPerSecond, long p50, long p99,
                         long p999, long max, long sent, long answered, long errors, long outOfOrder,
                         double serverCpuSeconds, double clientCpuSeconds, double otherCpuSeconds)
            implements BenchResult {
        @Override
        public Figures figures() {
            return new Figures().put("mode", "ping").put("window", window).put("seconds", seconds)
                    .put("actions", actions).rate("actions_per_s", actionsPerSecond)
                    .micros("p50_us", p50).micros("p99_us", p99).micros("p999_us", p999).micros("max_us", max)
                    .put("sent", sent).put("answered", answered).put("errors", errors)
                    .put("out_of_order", outOfOrder)
                    .put("server_cpu_s", serverCpuSeconds).put("client_cpu_s", clientCpuSeconds)
                    .put("other_cpu_s", otherCpuSeconds);
        }
    }

    private final Settings settings;
    private final MeasurementWindow window;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final long[] sentAt;
    private final int mask;
    private ClientLoop loop;
    private String failure;
    private boolean sending;
    private long nextId;
    private long expectedId;
    private long answered;
    private long counted;
    private long errors;
    private long outOfOrder;

    private PingRun(Settings s) {
        this.settings = s;
        this.window = new MeasurementWindow(s.serverPid());
        int size = Integer.highestOneBit(s.window()) * 4;   // a power of two, at least twice the window
        this.sentAt = new long[size];
        this.mask = size - 1;
    }

    public static Result run(Settings s) throws IOException, BenchException {
        return new PingRun(s).execute();
    }

    private Result execute() throws IOException, BenchException {
        // time to log in, the run, and time to collect the last answers
        long deadline = System.nanoTime() + 2 * settings.timeout().toNanos() + settings.warmup().toNanos()
                + settings.duration().toNanos();
        try (ClientLoop l = new ClientLoop()) {
            this.loop = l;
            l.connect(settings.target().address(), new Pinger());
            l.run(deadline);
            if (failure != null) {
                throw new BenchException(failure);
            }
            if (!window.isClosed()) {
                throw new BenchException("ping: the run did not get through its measured window (no answers?)");
            }
        }
        double seconds = window.seconds();
        return new Result(settings.window(), counted, seconds, MeasurementWindow.perSecond(counted, seconds),
                latency.quantile(0.50), latency.quantile(0.99), latency.quantile(0.999), latency.max(),
                nextId, answered, errors, outOfOrder, window.serverCpuSeconds(), window.clientCpuSeconds(),
                window.otherCpuSeconds());
    }

    private final class Pinger extends LoginHandler {
        Pinger() {
            super(settings.target(), "off");
        }

        @Override
        protected void loggedIn(AmiConnection c) {
            long now = System.nanoTime();
            long open = now + settings.warmup().toNanos();
            long close = open + settings.duration().toNanos();
            loop.at(open, () -> {
                window.open(System.nanoTime());
                latency.reset();
            });
            loop.at(close, () -> {
                window.close(System.nanoTime());
                sending = false;
                if (answered == nextId) {
                    loop.stop();
                }
            });
            sending = true;
            for (int i = 0; i < settings.window(); i++) {
                send(c);
            }
        }

        private void send(AmiConnection c) {
            long id = nextId++;
            sentAt[(int) (id & mask)] = System.nanoTime();
            AmiRequests.ping(c.out(), id);
        }

        @Override
        protected void onMessage(AmiConnection c, byte[] buf, int start, int end) {
            if (!AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE)) {
                return;
            }
            long now = System.nanoTime();
            long id = AmiBytes.decimalHeader(buf, start, end, AmiRequests.ACTION_ID_HEADER);
            if (id != expectedId) {
                outOfOrder++;
            }
            expectedId = Math.max(expectedId, id + 1);
            answered++;
            if (!AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE_SUCCESS)) {
                errors++;
            }
            if (window.counting()) {
                counted++;
                if (id >= 0 && id < nextId && nextId - id <= sentAt.length) {
                    latency.record(now - sentAt[(int) (id & mask)]);
                }
            }
            if (sending) {
                send(c);
            } else if (answered >= nextId) {
                loop.stop();
            }
        }

        @Override
        protected void loginFailed(AmiConnection c, String reply) {
            failure = "login refused: " + reply;
            loop.stop();
        }

        @Override
        public void closed(AmiConnection c, String reason) {
            if (failure == null && !loop.stopped()) {
                failure = "ping session ended: " + reason;
                loop.stop();
            }
        }
    }
}
