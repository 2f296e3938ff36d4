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
import org.switchboard.bench.stats.ProcessStats;

/**
 * {@code sessions}: opens {@code sessions} sessions, at most {@code connectingAtOnce} of them
 * not yet logged in at any moment (the server's authlimit closes the connections above its
 * limit; each one closed that way is retried and lowers that number by one), logs each in and pings it once, then holds them all open for {@code hold} while the
 * server is meant to be idle. With the server's pid it reports the memory each session costs
 * and the CPU the server spends on idle sessions.
 */
public final class SessionsRun {

    /** What to run. {@code serverPid} 0 means unknown (no memory or CPU figures). */
    public record Settings(Target target, int sessions, int connectingAtOnce, Duration hold, Duration timeout,
                           long serverPid) {
        public Settings {
            if (sessions < 1 || connectingAtOnce < 1) {
                throw new IllegalArgumentException("sessions and connectingAtOnce must be at least 1");
            }
        }
    }

    /**
     * The figures. Times in milliseconds from the first connect; {@code refused} counts
     * connections the server closed before login (they are retried, and each lowers the number
     * connecting at once, ending at {@code connecting}), {@code dropped} sessions it closed after
     * login. Memory in bytes; NaN/-1 when the server pid is unknown.
     */
    public record Result(int sessions, int up, double loginsPerSecond, double allUpMillis, double settleMillis,
                         long refused, int connecting, long dropped, long rssBefore, long rssAfter, double serverCpuLogin,
                         double serverCpuHold, double holdSeconds, double clientCpuSeconds, double otherCpuSeconds)
            implements BenchResult {
        /** Server memory per session in bytes; -1 when unknown. */
        public long rssPerSession() {
            return rssBefore < 0 ? -1 : (rssAfter - rssBefore) / Math.max(1, sessions);
        }

        @Override
        public Figures figures() {
            return new Figures().put("mode", "sessions").put("sessions", sessions).put("up", up)
                    .rate("logins_per_s", loginsPerSecond).put("all_up_ms", allUpMillis)
                    .put("settle_ms", settleMillis).put("refused", refused).put("connecting", connecting).put("dropped", dropped)
                    .put("rss_before_kb", rssBefore < 0 ? -1 : rssBefore / 1024)
                    .put("rss_after_kb", rssAfter < 0 ? -1 : rssAfter / 1024)
                    .put("rss_per_session_kb", rssPerSession() < 0 ? Double.NaN : rssPerSession() / 1024.0)
                    .put("server_cpu_login_s", serverCpuLogin).put("server_cpu_hold_s", serverCpuHold)
                    .put("hold_s", holdSeconds).put("client_cpu_s", clientCpuSeconds)
                    .put("other_cpu_s", otherCpuSeconds);
        }
    }

    private final Settings settings;
    private final ProcessStats server;
    private final ProcessStats client = ProcessStats.self();
    private ClientLoop loop;
    private String failure;
    private int started;
    private int connecting;
    private int connectingLimit;
    private int loggedIn;
    private int pinged;
    private long refused;
    private long dropped;
    private long startAt;
    private long lastLoginAt;
    private long allUpAt;
    private long holdEndAt;
    private long rssBefore = -1;
    private long rssAfter = -1;
    private double cpuAtStart;
    private double cpuAtAllUp = Double.NaN;
    private double cpuAtEnd = Double.NaN;
    private double clientCpuAtStart;
    private double machineAtStart;

    private SessionsRun(Settings s) {
        this.settings = s;
        this.server = s.serverPid() > 0 ? new ProcessStats(s.serverPid()) : null;
        this.connectingLimit = s.connectingAtOnce();
    }

    public static Result run(Settings s) throws IOException, BenchException {
        return new SessionsRun(s).execute();
    }

    private Result execute() throws IOException, BenchException {
        Settings s = settings;
        if (server != null) {
            rssBefore = server.rssBytes();
            cpuAtStart = server.cpuSeconds();
        }
        clientCpuAtStart = client.cpuSeconds();
        machineAtStart = ProcessStats.machineBusySeconds();
        try (ClientLoop l = new ClientLoop()) {
            this.loop = l;
            startAt = System.nanoTime();
            topUp();
            l.run(startAt + s.timeout().toNanos() + s.hold().toNanos());
            if (failure != null) {
                throw new BenchException(failure);
            }
            if (allUpAt == 0) {
                throw new BenchException("sessions: only " + pinged + " of " + s.sessions()
                        + " sessions came up before the timeout (" + refused + " refused)");
            }
            double clientCpu = client.cpuSeconds() - clientCpuAtStart;
            double serverCpu = server == null ? 0 : cpuAtEnd - cpuAtStart;
            double other = Math.max(0, ProcessStats.machineBusySeconds() - machineAtStart - clientCpu - serverCpu);
            return new Result(s.sessions(), pinged, MeasurementWindow.perSecond(s.sessions(),
                    (lastLoginAt - startAt) / 1e9), (allUpAt - startAt) / 1e6, (allUpAt - lastLoginAt) / 1e6,
                    refused, connectingLimit, dropped, rssBefore, rssAfter, cpuAtAllUp - cpuAtStart, cpuAtEnd - cpuAtAllUp,
                    (holdEndAt - allUpAt) / 1e9, clientCpu, other);
        }
    }

    /** Starts connections until the number not yet logged in reaches the limit. */
    private void topUp() {
        while (connecting < connectingLimit && started < settings.sessions()) {
            started++;
            connecting++;
            try {
                loop.connect(settings.target().address(), new Member());
            } catch (IOException e) {
                fail("cannot connect session " + started + ": " + e.getMessage());
                return;
            }
        }
    }

    private void fail(String why) {
        if (failure == null && !loop.stopped()) {
            failure = why;
            loop.stop();
        }
    }

    private void allUp() {
        allUpAt = System.nanoTime();
        if (server != null) {
            cpuAtAllUp = server.cpuSeconds();
        }
        loop.at(allUpAt + settings.hold().toNanos(), () -> {
            holdEndAt = System.nanoTime();
            if (server != null) {
                cpuAtEnd = server.cpuSeconds();
                rssAfter = server.rssBytes();
            }
            loop.stop();
        });
    }

    private final class Member extends LoginHandler {
        private boolean counted;

        Member() {
            super(settings.target(), "off");
        }

        @Override
        protected void loggedIn(AmiConnection c) {
            connecting--;
            loggedIn++;
            lastLoginAt = System.nanoTime();
            AmiRequests.ping(c.out(), 0);
            topUp();
        }

        @Override
        protected void onMessage(AmiConnection c, byte[] buf, int start, int end) {
            if (counted || !AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE)) {
                return;
            }
            if (!AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE_SUCCESS)) {
                fail("Ping refused: " + AmiBytes.text(buf, start, end).trim());
                return;
            }
            counted = true;
            pinged++;
            if (pinged == settings.sessions()) {
                allUp();
            }
        }

        @Override
        protected void loginFailed(AmiConnection c, String reply) {
            fail("login refused: " + reply);
        }

        @Override
        public void closed(AmiConnection c, String reason) {
            if (loop.stopped()) {
                return;
            }
            if (isUp()) {
                dropped++;
                return;
            }
            if (!c.isEstablished()) {
                fail("cannot connect to " + settings.target() + ": " + reason);
                return;
            }
            // closed before login: the server's authlimit (no banner) is lower than our pace, so
            // slow down to what it admits and try this one again
            connecting--;
            refused++;
            started--;
            connectingLimit = Math.max(1, connectingLimit - 1);
            if (refused > 10L * settings.sessions()) {
                fail("the server refused " + refused + " connections; lower --connecting or raise authlimit");
                return;
            }
            topUp();
        }
    }
}
