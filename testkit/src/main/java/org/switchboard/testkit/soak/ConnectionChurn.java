package org.switchboard.testkit.soak;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.protocol.AmiMessage;

/**
 * Connection churn: at a steady rate a new connection reads the banner, logs in, pings, logs off
 * and is closed by the server (manager.c: Goodbye ends the session). Any step that does not
 * answer as Asterisk does, in time, is a problem.
 */
final class ConnectionChurn implements SoakLoad {
    private static final long WAIT_SECONDS = 10;

    private final InetSocketAddress server;
    private final String user;
    private final String secret;
    private final double perSecond;
    private final Problems problems;
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();

    ConnectionChurn(InetSocketAddress server, String user, String secret, double perSecond, Problems problems) {
        this.server = server;
        this.user = user;
        this.secret = secret;
        this.perSecond = perSecond;
        this.problems = problems;
    }

    @Override
    public String name() {
        return "churn";
    }

    @Override
    public double perSecond() {
        return perSecond;
    }

    /** Each cycle is over when this returns: nothing is left in flight to finish. */
    @Override
    public void send(int count) {
        for (int i = 0; i < count; i++) {
            cycle();
        }
    }

    @Override
    public long completed() {
        return completed.get();
    }

    @Override
    public String summary() {
        return completed.get() + " of " + started.get() + " connections logged in, pinged and logged off";
    }

    private void cycle() {
        long n = started.incrementAndGet();
        try (SoakClient c = SoakClient.connect(server, m -> { })) {
            expect("banner", c.banner().get(WAIT_SECONDS, TimeUnit.SECONDS), "Asterisk Call Manager/11.0.0");
            AmiMessage login = c.request("login-" + n, "Action: Login", "Username: " + user, "Secret: " + secret,
                    "Events: off").get(WAIT_SECONDS, TimeUnit.SECONDS);
            expect("login", login.header("Message"), "Authentication accepted");
            AmiMessage ping = c.request("ping-" + n, "Action: Ping").get(WAIT_SECONDS, TimeUnit.SECONDS);
            expect("ping", ping.header("Ping"), "Pong");
            AmiMessage bye = c.request("logoff-" + n, "Action: Logoff").get(WAIT_SECONDS, TimeUnit.SECONDS);
            expect("logoff", bye.header("Response"), "Goodbye");
            c.closed().get(WAIT_SECONDS, TimeUnit.SECONDS);
            completed.incrementAndGet();
        } catch (Exception e) {
            problems.add("connection " + n + ": " + e);
        }
    }

    private static void expect(String step, String actual, String wanted) {
        if (!wanted.equals(actual)) {
            throw new IllegalStateException(step + " answered '" + actual + "', not '" + wanted + "'");
        }
    }
}
