package org.switchboard.testkit.soak;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.core.ConditionTimeoutException;
import org.switchboard.protocol.AmiMessage;

/**
 * Call churn: one session sends asynchronous Originates of {@link #CHANNEL} to Echo at a steady
 * rate (the dialplan answers, waits a second and hangs up). Each must be answered "Originate
 * successfully queued" and end in exactly one OriginateResponse with Response Success
 * (manager.c fast_originate); when the load is over, CoreShowChannels must list no channel.
 */
final class CallChurn implements SoakLoad {
    /** The extension the soak's dialplan runs: Answer, Wait(1), Hangup. */
    static final String CHANNEL = "Local/100@default";

    private final InetSocketAddress server;
    private final double perSecond;
    private final Problems problems;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong responded = new AtomicLong();
    private final BitSet seen = new BitSet();
    private final Map<String, CompletableFuture<Integer>> listings = new ConcurrentHashMap<>();
    private SoakClient dialer;
    private SoakClient admin;
    private int channelsLeft = -1;

    CallChurn(InetSocketAddress server, double perSecond, Problems problems) {
        this.server = server;
        this.perSecond = perSecond;
        this.problems = problems;
    }

    @Override
    public String name() {
        return "calls";
    }

    @Override
    public double perSecond() {
        return perSecond;
    }

    @Override
    public void open() throws IOException {
        dialer = SoakUsers.dialer(server, this::onDialerMessage);
        admin = SoakUsers.admin(server, this::onAdminMessage);
    }

    @Override
    public void finish(Duration patience) {
        try {
            await().atMost(patience).until(() -> responded.get() >= sent.get() && queued.get() >= sent.get());
        } catch (ConditionTimeoutException e) {
            problems.add("calls: " + sent.get() + " Originates sent, " + queued.get() + " answered, "
                    + responded.get() + " OriginateResponses");
        }
        try {
            await().atMost(patience).until(() -> (channelsLeft = listChannels()) == 0);
        } catch (ConditionTimeoutException e) {
            problems.add("calls: " + channelsLeft + " channels left after the last call");
        }
    }

    @Override
    public long completed() {
        return responded.get();
    }

    @Override
    public String summary() {
        return sent.get() + " asynchronous Originates, " + queued.get() + " queued, " + responded.get()
                + " OriginateResponses, " + channelsLeft + " channels left";
    }

    @Override
    public void close() {
        if (dialer != null) {
            dialer.close();
        }
        if (admin != null) {
            admin.close();
        }
    }

    /** Asynchronous Originates, in one write. */
    @Override
    public void send(int count) {
        StringBuilder b = new StringBuilder(count * 110);
        for (int i = 0; i < count; i++) {
            b.append("Action: Originate\r\nChannel: ").append(CHANNEL).append("\r\nApplication: Echo\r\nAsync: true\r\n")
                    .append("ActionID: c").append(sent.getAndIncrement()).append("\r\n\r\n");
        }
        try {
            dialer.sendRaw(b.toString());
        } catch (RuntimeException e) {
            problems.add("calls: the dialer's connection failed: " + e);
        }
    }

    private void onDialerMessage(AmiMessage m) {
        String id = m.actionId();
        if (!id.startsWith("c")) {
            return;
        }
        if ("OriginateResponse".equals(m.header("Event"))) {
            int n = Integer.parseInt(id.substring(1));
            synchronized (seen) {
                if (seen.get(n)) {
                    problems.add("calls: a second OriginateResponse for " + id);
                    return;
                }
                seen.set(n);
            }
            if (!"Success".equals(m.header("Response"))) {
                problems.add("calls: " + id + " ended " + m.header("Response") + ", reason " + m.header("Reason"));
            }
            responded.incrementAndGet();
        } else if (!m.headers().has("Event")) {
            if (!"Originate successfully queued".equals(m.header("Message"))) {
                problems.add("calls: " + id + " answered '" + m.header("Message") + "'");
            }
            queued.incrementAndGet();
        }
    }

    private void onAdminMessage(AmiMessage m) {
        if ("CoreShowChannelsComplete".equals(m.header("Event"))) {
            CompletableFuture<Integer> f = listings.remove(m.actionId());
            if (f != null) {
                f.complete(Integer.parseInt(m.header("ListItems")));
            }
        }
    }

    private int listChannels() throws Exception {
        String id = "channels-" + System.nanoTime();
        CompletableFuture<Integer> listed = new CompletableFuture<>();
        listings.put(id, listed);
        admin.request(id, "Action: CoreShowChannels").get(10, TimeUnit.SECONDS);
        return listed.get(10, TimeUnit.SECONDS);
    }
}
