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
 * {@code fanout}: {@code listeners} sessions receive the UserEvents one producer session sends,
 * pipelined with {@code window} actions in flight. Each event carries its sequence number and
 * send time, so every listener checks it got every event, once and in order, and times it.
 *
 * <p>The producer also stops when the slowest listener is more than {@code maxLag} events
 * behind, so that a server that fans out slower than it acknowledges is measured at the rate it
 * can deliver rather than pushed into disconnecting slow readers (0 turns this off).
 */
public final class FanoutRun {
    /** How many listeners may be connecting or logging in at once: under Asterisk's default authlimit of 50. */
    static final int CONNECTING_AT_ONCE = 32;

    /** What to run. {@code serverPid} 0 means unknown (no server CPU figure). */
    public record Settings(Target target, int listeners, int window, Duration warmup, Duration duration,
                           Duration timeout, int paddingBytes, long maxLag, long serverPid) {
        public Settings {
            if (listeners < 1 || window < 1) {
                throw new IllegalArgumentException("listeners and window must be at least 1");
            }
        }
    }

    /**
     * The figures; latencies in nanoseconds, rates over the measured window. {@code lost} sums,
     * over the listeners, the acknowledged events a listener never got; {@code gaps} counts the
     * jumps forward in a listener's sequence, {@code reordered} the steps back.
     */
    public record Result(int listeners, int window, double seconds, long produced, long errors,
                         double eventsPerSecond, double minListenerRate, double maxListenerRate,
                         long delivered, long lost, long gaps, long reordered, long p50, long p99, long max,
                         long lagStalls, boolean drained, double serverCpuSeconds, double clientCpuSeconds,
                         double otherCpuSeconds) implements BenchResult {
        @Override
        public Figures figures() {
            return new Figures().put("mode", "fanout").put("listeners", listeners).put("window", window)
                    .put("seconds", seconds).rate("events_per_s", eventsPerSecond)
                    .rate("listener_min_per_s", minListenerRate).rate("listener_max_per_s", maxListenerRate)
                    .put("produced", produced).put("delivered", delivered).put("lost", lost).put("gaps", gaps)
                    .put("reordered", reordered).put("errors", errors)
                    .micros("p50_us", p50).micros("p99_us", p99).micros("max_us", max)
                    .put("lag_stalls", lagStalls).put("drained", drained ? "yes" : "no")
                    .put("server_cpu_s", serverCpuSeconds).put("client_cpu_s", clientCpuSeconds)
                    .put("other_cpu_s", otherCpuSeconds);
        }
    }

    private final Settings settings;
    private final MeasurementWindow window;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final Listener[] listeners;
    private ClientLoop loop;
    private String failure;
    private int connected;
    private int up;
    private Producer producer;
    private AmiConnection producerConnection;
    private boolean sending;
    private boolean productionOver;
    private long nextSeq;
    private long acked;
    private long produced;
    private long errors;
    private long slowest;
    private boolean stalled;
    private long lagStalls;
    private int complete;

    private FanoutRun(Settings s) {
        this.settings = s;
        this.window = new MeasurementWindow(s.serverPid());
        this.listeners = new Listener[s.listeners()];
    }

    public static Result run(Settings s) throws IOException, BenchException {
        return new FanoutRun(s).execute();
    }

    private Result execute() throws IOException, BenchException {
        Settings s = settings;
        long deadline = System.nanoTime() + 3 * s.timeout().toNanos() + s.warmup().toNanos() + s.duration().toNanos();
        boolean drained;
        try (ClientLoop l = new ClientLoop()) {
            this.loop = l;
            while (connected < Math.min(CONNECTING_AT_ONCE, listeners.length)) {
                connectListener();
            }
            drained = l.run(deadline) && failure == null;
            if (failure != null) {
                throw new BenchException(failure);
            }
            if (!window.isClosed()) {
                throw new BenchException("fanout: the run did not get through its measured window");
            }
        }
        long delivered = 0;
        long lost = 0;
        long gaps = 0;
        long reordered = 0;
        long inWindow = 0;
        double minRate = Double.MAX_VALUE;
        double maxRate = 0;
        double seconds = window.seconds();
        for (Listener li : listeners) {
            delivered += li.distinct;
            lost += Math.max(0, produced - li.distinct);
            gaps += li.gaps;
            reordered += li.reordered;
            inWindow += li.inWindow;
            double rate = MeasurementWindow.perSecond(li.inWindow, seconds);
            minRate = Math.min(minRate, rate);
            maxRate = Math.max(maxRate, rate);
        }
        return new Result(s.listeners(), s.window(), seconds, produced, errors,
                MeasurementWindow.perSecond(inWindow, seconds), minRate, maxRate, delivered, lost, gaps, reordered,
                latency.quantile(0.50), latency.quantile(0.99), latency.max(), lagStalls, drained,
                window.serverCpuSeconds(), window.clientCpuSeconds(), window.otherCpuSeconds());
    }

    private void connectListener() throws IOException {
        Listener li = new Listener();
        listeners[connected++] = li;
        loop.connect(settings.target().address(), li);
    }

    private void fail(String why) {
        if (failure == null && !loop.stopped()) {
            failure = why;
            loop.stop();
        }
    }

    private void listenerUp() {
        up++;
        try {
            if (connected < listeners.length) {
                connectListener();
            } else if (up == listeners.length) {
                producer = new Producer();
                loop.connect(settings.target().address(), producer);
            }
        } catch (IOException e) {
            fail("cannot connect: " + e.getMessage());
        }
    }

    /** The producer may send while it has fewer than window actions out and no listener lags too far. */
    private boolean maySend() {
        if (!sending || nextSeq - acked >= settings.window()) {
            return false;
        }
        long maxLag = settings.maxLag();
        if (maxLag > 0 && nextSeq - slowest >= maxLag) {
            slowest = slowestListener();
            if (nextSeq - slowest >= maxLag) {
                if (!stalled) {
                    stalled = true;
                    lagStalls++;
                }
                return false;
            }
        }
        stalled = false;
        return true;
    }

    private long slowestListener() {
        long min = Long.MAX_VALUE;
        for (Listener li : listeners) {
            min = Math.min(min, li.distinct);
        }
        return min;
    }

    private void fill() {
        while (maySend()) {
            long seq = nextSeq++;
            AmiRequests.userEvent(producerConnection.out(), seq, System.nanoTime(), settings.paddingBytes());
        }
    }

    private void endProduction() {
        productionOver = true;
        produced = acked - errors;
        checkDrained();
    }

    private void checkDrained() {
        if (!productionOver) {
            return;
        }
        complete = 0;
        for (Listener li : listeners) {
            if (li.distinct >= produced) {
                complete++;
            }
        }
        if (complete == listeners.length) {
            loop.stop();
        }
    }

    /**
     * The BenchSent value: the producer puts it on the line after BenchSeq, and a server passes
     * UserEvent headers on in order (spec 01 §9.1), so look there before searching the message.
     */
    static long sentTime(byte[] buf, int start, int seqAt, int end) {
        int next = AmiBytes.nextLine(buf, seqAt, end);
        if (AmiBytes.startsWith(buf, next, end, AmiRequests.SENT_HEADER)) {
            return AmiBytes.parseDecimal(buf, next + AmiRequests.SENT_HEADER.length, end);
        }
        return AmiBytes.decimalHeader(buf, start, end, AmiRequests.SENT_HEADER);
    }

    private final class Producer extends LoginHandler {
        Producer() {
            super(settings.target(), "off");
        }

        @Override
        protected void loggedIn(AmiConnection c) {
            producerConnection = c;
            long open = System.nanoTime() + settings.warmup().toNanos();
            loop.at(open, () -> {
                window.open(System.nanoTime());
                latency.reset();
                for (Listener li : listeners) {
                    li.inWindow = 0;
                }
            });
            loop.at(open + settings.duration().toNanos(), () -> {
                window.close(System.nanoTime());
                sending = false;
                if (acked == nextSeq) {
                    endProduction();
                }
            });
            sending = true;
            fill();
        }

        @Override
        protected void onMessage(AmiConnection c, byte[] buf, int start, int end) {
            if (!AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE)) {
                return;
            }
            acked++;
            if (!AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE_SUCCESS)) {
                errors++;
            }
            if (sending) {
                fill();
            } else if (acked == nextSeq && !productionOver) {
                endProduction();
            }
        }

        @Override
        protected void loginFailed(AmiConnection c, String reply) {
            fail("producer login refused: " + reply);
        }

        @Override
        public void closed(AmiConnection c, String reason) {
            fail("producer session ended: " + reason);
        }
    }

    private final class Listener extends LoginHandler {
        long expected;
        long distinct;
        long gaps;
        long reordered;
        long inWindow;

        Listener() {
            super(settings.target(), "user");
        }

        @Override
        protected void loggedIn(AmiConnection c) {
            listenerUp();
        }

        @Override
        protected void onMessage(AmiConnection c, byte[] buf, int start, int end) {
            int seqAt = AmiBytes.valueStart(buf, start, end, AmiRequests.SEQ_HEADER);
            long seq = seqAt < 0 ? -1 : AmiBytes.parseDecimal(buf, seqAt, end);
            if (seq < 0 || !AmiBytes.startsWith(buf, start, end, AmiRequests.EVENT)) {
                return;   // not one of ours
            }
            long now = System.nanoTime();
            if (seq == expected) {
                expected++;
                distinct++;
            } else if (seq > expected) {
                gaps++;
                expected = seq + 1;
                distinct++;
            } else {
                reordered++;
            }
            if (window.counting()) {
                inWindow++;
                long sent = sentTime(buf, start, seqAt, end);
                if (sent > 0 && sent - window.openedAt() >= 0) {
                    latency.record(now - sent);
                }
            }
            if (stalled) {
                fill();
            }
            if (productionOver && distinct == produced) {
                checkDrained();
            }
        }

        @Override
        protected void loginFailed(AmiConnection c, String reply) {
            fail("listener login refused: " + reply);
        }

        @Override
        public void closed(AmiConnection c, String reason) {
            fail("listener session ended: " + reason);
        }
    }
}
