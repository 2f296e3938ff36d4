package org.switchboard.bench.mode;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.switchboard.bench.client.AmiBytes;
import org.switchboard.bench.client.AmiConnection;
import org.switchboard.bench.client.AmiRequests;
import org.switchboard.bench.client.ClientLoop;
import org.switchboard.bench.client.LoginHandler;
import org.switchboard.bench.client.OutBuffer;
import org.switchboard.bench.client.Target;
import org.switchboard.bench.stats.Figures;
import org.switchboard.bench.stats.LatencyHistogram;

/**
 * {@code calls}, one step: Originate with {@code Async: true} at {@code rate} calls per second for
 * {@code duration}, then wait for every call to end. Each call gets its own id, sent both as
 * ActionID and as ChannelId, so that its OriginateResponse (which echoes the ActionID) and its
 * channel events (whose Linkedid is the first channel's uniqueid, spec 02; capture G05) are
 * told apart without keeping any text. A call is complete when its OriginateResponse has arrived
 * and as many Hangup events as Newchannel events.
 *
 * <p>Events: the login asks for {@code events} ({@code on} by default: every event the user may
 * read, the full stream of CEL, CDR, dialplan and device state events a call causes). Every event
 * received from the first Originate on counts in {@code events_per_call}; those naming a call
 * (ActionID, Linkedid or CEL's LinkedID) also in {@code linked_events_per_call}. Completion needs
 * only OriginateResponse, Newchannel and Hangup (class {@code call}).
 */
public final class CallsRun {
    private static final long MAX_CALLS = 10_000_000;
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final byte[] ORIGINATE_RESPONSE = AmiBytes.ascii("Event: OriginateResponse\r\n");
    private static final byte[] NEWCHANNEL = AmiBytes.ascii("Event: Newchannel\r\n");
    private static final byte[] HANGUP = AmiBytes.ascii("Event: Hangup\r\n");
    private static final byte[] LINKEDID = AmiBytes.ascii("Linkedid: ");
    private static final byte[] CEL_LINKEDID = AmiBytes.ascii("LinkedID: ");
    private static final byte[] RESPONSE_HEADER = AmiBytes.ascii("Response: ");
    private static final byte[] SUCCESS = AmiBytes.ascii("Success");
    private static final byte[] REASON = AmiBytes.ascii("Reason: ");
    private static final byte[] ORIGINATE = AmiBytes.ascii("Action: Originate\r\nChannel: ");
    private static final byte[] CONTEXT = AmiBytes.ascii("\r\nContext: ");
    private static final byte[] EXTEN = AmiBytes.ascii("\r\nExten: ");
    private static final byte[] PRIORITY = AmiBytes.ascii("\r\nPriority: ");
    private static final byte[] ASYNC = AmiBytes.ascii("\r\nAsync: true\r\nChannelId: ");
    private static final byte[] ACTION_ID = AmiBytes.ascii("\r\nActionID: ");
    private static final byte[] END = AmiBytes.ascii("\r\n\r\n");

    /** Where calls go: the channel to originate and the dialplan place its other end runs. */
    public record Dialplan(String channel, String context, String exten, int priority) {
        /** {@code Local/<exten>@<context>}, connected to the same extension. */
        public static Dialplan local(String context, String exten) {
            return new Dialplan("Local/" + exten + "@" + context, context, exten, 1);
        }
    }

    /**
     * One step. {@code events} is the login's Events mask ({@code on}, {@code call}, ...);
     * {@code serverPid} 0 means unknown (no server CPU figure).
     */
    public record Settings(Target target, double rate, Duration duration, Dialplan dialplan, Duration drainTimeout,
                           String events, long serverPid) {
        public Settings {
            if (rate <= 0) {
                throw new IllegalArgumentException("rate must be positive");
            }
            if (rate * duration.toNanos() / 1e9 > MAX_CALLS) {
                throw new IllegalArgumentException("at most " + MAX_CALLS + " calls per run");
            }
        }

        long calls() {
            return Math.max(1, (long) Math.floor(rate * duration.toNanos() / 1e9));
        }
    }

    /**
     * The figures of one step. {@code accepted}/{@code rejected} count the Originate replies,
     * {@code succeeded}/{@code failed} the OriginateResponse events ({@code firstFailureReason}: the
     * Reason of the first failure, -1 for none); {@code events} every event
     * received, {@code linkedEvents} those naming one of the calls; latencies (Originate sent to
     * OriginateResponse received) in nanoseconds. CPU seconds from the first Originate to the end.
     */
    public record Result(double rate, long calls, double sendSeconds, long accepted, long rejected, long succeeded,
                         long failed, long completed, long newchannels, long hangups, long events, long linkedEvents,
                         long p50, long p99, long max, boolean drained, double serverCpuSeconds, double clientCpuSeconds,
                         double otherCpuSeconds, long firstFailureReason) implements BenchResult {
        public double achievedRate() {
            return sendSeconds > 0 ? calls / sendSeconds : 0;
        }

        /** Every call accepted, answered with success and complete. */
        public boolean allSucceeded() {
            return accepted == calls && succeeded == calls && completed == calls;
        }

        /**
         * Sustained: every call succeeded, the calls went out at {@code minRateShare} of the
         * asked rate at least (the server's TCP window is what would slow sending down), and
         * OriginateResponse p99 stayed within {@code maxResponseNanos}.
         */
        public boolean sustained(double minRateShare, long maxResponseNanos) {
            return allSucceeded() && achievedRate() >= minRateShare * rate && p99 <= maxResponseNanos;
        }

        @Override
        public Figures figures() {
            return appendTo(new Figures().put("mode", "calls"));
        }

        /** Adds this step's figures to {@code f}. */
        public Figures appendTo(Figures f) {
            double n = Math.max(1, calls);
            return f.put("rate", rate).rate("achieved_rate", achievedRate())
                    .put("calls", calls).put("accepted", accepted).put("rejected", rejected)
                    .put("succeeded", succeeded).put("failed", failed)
                    .put("first_failure_reason", firstFailureReason < 0 ? "none" : Long.toString(firstFailureReason))
                    .put("completed", completed)
                    .put("newchannel_per_call", newchannels / n).put("hangup_per_call", hangups / n)
                    .put("events_per_call", events / n).put("linked_events_per_call", linkedEvents / n)
                    .put("response_p50_ms", p50 / 1e6).put("response_p99_ms", p99 / 1e6)
                    .put("response_max_ms", max / 1e6)
                    .put("drained", drained ? "yes" : "no").put("server_cpu_s", serverCpuSeconds)
                    .put("client_cpu_s", clientCpuSeconds).put("other_cpu_s", otherCpuSeconds);
        }
    }

    private final Settings settings;
    private final long calls;
    private final byte[] idPrefix;
    private final long[] sentAt;
    private final int[] newchannels;
    private final int[] hangups;
    private final byte[] state;   // bit 1: Originate answered, 2: OriginateResponse, 4: complete
    private final LatencyHistogram latency = new LatencyHistogram();
    private final MeasurementWindow window;
    private ClientLoop loop;
    private AmiConnection connection;
    private String failure;
    private long firstSentAt;
    private long lastSentAt;
    private long sent;
    private long accepted;
    private long rejected;
    private long succeeded;
    private long failed;
    private long completed;
    private long newchannelEvents;
    private long hangupEvents;
    private long callEvents;
    private long allEvents;
    private long firstFailureReason = -1;
    private long nextReply;

    private CallsRun(Settings s, String runId) {
        this.settings = s;
        this.calls = s.calls();
        this.idPrefix = AmiBytes.ascii(runId + "-");
        this.sentAt = new long[(int) calls];
        this.newchannels = new int[(int) calls];
        this.hangups = new int[(int) calls];
        this.state = new byte[(int) calls];
        this.window = new MeasurementWindow(s.serverPid());
    }

    /** Runs one step; {@code runId} makes channel ids unique on the server (letters, digits). */
    public static Result run(Settings s, String runId) throws IOException, BenchException {
        return new CallsRun(s, runId).execute();
    }

    private Result execute() throws IOException, BenchException {
        boolean drained;
        try (ClientLoop l = new ClientLoop()) {
            this.loop = l;
            l.connect(settings.target().address(), new Caller());
            long deadline = System.nanoTime() + settings.drainTimeout().toNanos() * 2 + settings.duration().toNanos();
            l.run(deadline);
            window.close(System.nanoTime());
            drained = completed == calls;
            if (failure != null) {
                throw new BenchException(failure);
            }
            if (connection == null) {
                throw new BenchException("calls: no session before the timeout");
            }
        }
        double sendSeconds = sent > 1 ? (lastSentAt - firstSentAt) / 1e9 * sent / (sent - 1) : settings.duration().toNanos() / 1e9;
        return new Result(settings.rate(), sent, sendSeconds, accepted, rejected, succeeded, failed, completed,
                newchannelEvents, hangupEvents, allEvents, callEvents, latency.quantile(0.5), latency.quantile(0.99),
                latency.max(), drained, window.serverCpuSeconds(), window.clientCpuSeconds(), window.otherCpuSeconds(),
                firstFailureReason);
    }

    private void fail(String why) {
        if (failure == null && !loop.stopped()) {
            failure = why;
            loop.stop();
        }
    }

    /** Sends the calls that are due by now, then comes back in a millisecond. */
    private void tick(long startAt) {
        long now = System.nanoTime();
        long due = Math.min(calls, (long) Math.floor((now - startAt) / 1e9 * settings.rate()) + 1);
        OutBuffer out = due > sent ? connection.out() : null;
        while (sent < due) {
            originate(out, sent, now);
            sent++;
        }
        if (sent < calls) {
            loop.at(now + TICK_NANOS, () -> tick(startAt));
        } else {
            loop.at(now + settings.drainTimeout().toNanos(), loop::stop);
            checkDone();
        }
    }

    private void originate(OutBuffer out, long n, long now) {
        Dialplan d = settings.dialplan();
        if (n == 0) {
            firstSentAt = now;
            window.open(now);
        }
        lastSentAt = now;
        sentAt[(int) n] = now;
        out.bytes(ORIGINATE).latin1(d.channel()).bytes(CONTEXT).latin1(d.context()).bytes(EXTEN).latin1(d.exten())
                .bytes(PRIORITY).decimal(d.priority()).bytes(ASYNC).bytes(idPrefix).decimal(n)
                .bytes(ACTION_ID).bytes(idPrefix).decimal(n).bytes(END);
    }

    /** The call number a header value names, or -1 if it is not one of this run's ids. */
    private long callId(byte[] buf, int start, int end, byte[] header) {
        int v = AmiBytes.valueStart(buf, start, end, header);
        if (v < 0 || !AmiBytes.startsWith(buf, v, end, idPrefix)) {
            return -1;
        }
        long n = AmiBytes.parseDecimal(buf, v + idPrefix.length, end);
        return n >= 0 && n < sent ? n : -1;
    }

    private void reply(byte[] buf, int start, int end) {
        long n = callId(buf, start, end, AmiRequests.ACTION_ID_HEADER);
        if (n < 0) {
            return;
        }
        if (n != nextReply) {
            fail("Originate replies out of order: got call " + n + ", expected " + nextReply);
            return;
        }
        nextReply++;
        state[(int) n] |= 1;
        if (AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE_SUCCESS)) {
            accepted++;
        } else {
            rejected++;
            state[(int) n] |= 2;   // nothing more will come for this call
        }
        settle((int) n);
    }

    private void event(byte[] buf, int start, int end) {
        long now = System.nanoTime();
        if (sent > 0) {
            allEvents++;
        }
        if (AmiBytes.startsWith(buf, start, end, ORIGINATE_RESPONSE)) {
            long n = callId(buf, start, end, AmiRequests.ACTION_ID_HEADER);
            if (n < 0) {
                return;
            }
            callEvents++;
            int v = AmiBytes.valueStart(buf, start, end, RESPONSE_HEADER);
            if (v >= 0 && AmiBytes.valueEquals(buf, v, end, SUCCESS)) {
                succeeded++;
            } else {
                failed++;
                if (firstFailureReason < 0) {
                    int r = AmiBytes.valueStart(buf, start, end, REASON);
                    firstFailureReason = r < 0 ? 0 : Math.max(0, AmiBytes.parseDecimal(buf, r, end));
                }
            }
            latency.record(now - sentAt[(int) n]);
            state[(int) n] |= 2;
            settle((int) n);
            return;
        }
        long n = callId(buf, start, end, LINKEDID);
        if (n < 0) {
            n = callId(buf, start, end, CEL_LINKEDID);
            if (n < 0) {
                return;
            }
        }
        callEvents++;
        if (AmiBytes.startsWith(buf, start, end, NEWCHANNEL)) {
            newchannels[(int) n]++;
            newchannelEvents++;
        } else if (AmiBytes.startsWith(buf, start, end, HANGUP)) {
            hangups[(int) n]++;
            hangupEvents++;
        }
        settle((int) n);
    }

    private void settle(int n) {
        if ((state[n] & 4) == 0 && (state[n] & 3) == 3 && hangups[n] >= newchannels[n]) {
            state[n] |= 4;
            completed++;
            checkDone();
        }
    }

    private void checkDone() {
        if (sent == calls && completed == calls) {
            loop.stop();
        }
    }

    private final class Caller extends LoginHandler {
        Caller() {
            super(settings.target(), settings.events());
        }

        @Override
        protected void loggedIn(AmiConnection c) {
            connection = c;
            long startAt = System.nanoTime();
            tick(startAt);
        }

        @Override
        protected void onMessage(AmiConnection c, byte[] buf, int start, int end) {
            if (AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE)) {
                reply(buf, start, end);
            } else if (AmiBytes.startsWith(buf, start, end, AmiRequests.EVENT)) {
                event(buf, start, end);
            }
        }

        @Override
        protected void loginFailed(AmiConnection c, String reply) {
            fail("login refused: " + reply);
        }

        @Override
        public void closed(AmiConnection c, String reason) {
            fail("calls session ended: " + reason);
        }
    }
}
