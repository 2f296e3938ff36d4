package org.switchboard.testkit.soak;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.SessionOutbound;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Measures what sessions that stop reading cost the server's heap (issue 6, slow consumers).
 * Stalled sessions log in with a writetimeout long enough that only the backlog cap
 * ({@link SessionOutbound#DEFAULT_MAX_BACKLOG_BYTES}) can end them; then UserEvents are published
 * in two rounds while one listener reads them all: first until the stalled sessions' queues are
 * more than half full (the heap after a full collection shows what a queued byte costs), then on
 * to 100 000 events (each stalled session passes the cap and is closed, and the heap comes back).
 * With one stalled session every queued event is its alone: the cost per byte is the worst case;
 * stalled sessions share the rendered events they queue.
 */
public final class SlowConsumerProbe {
    /** Events of the flood as issue 6 states it. */
    public static final int TOTAL_EVENTS = 100_000;
    private static final String PAD = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Events per write of the producer, about 200 KB rendered. */
    private static final int BATCH = 1000;

    /** The soak's users, and one that stops reading: a writetimeout of ten minutes leaves the cap to end it. */
    static final String MANAGER_CONF = SoakUsers.MANAGER_CONF + """

            [stalled]
            secret = stalledpw
            read = user
            write = user
            writetimeout = 600000
            """;

    /**
     * What the probe measured.
     *
     * @param stalledSessions    how many sessions stopped reading
     * @param heldEvents         events published in the first round
     * @param backlogBytes       bytes queued for the stalled sessions after the first round (all together)
     * @param baselineHeap       heap after a full collection with every session logged in, before any event
     * @param holdingHeap        the same after the first round, the stalled sessions holding their backlogs
     * @param finalHeap          the same after the second round, the stalled sessions closed
     * @param closedStalled      stalled sessions the server closed in the second round
     * @param listenerEvents     events the reading session received, of {@link #TOTAL_EVENTS}
     * @param problems           events the reading session got out of order (empty: none)
     */
    public record Result(int stalledSessions, int heldEvents, long backlogBytes, long baselineHeap, long holdingHeap,
            long finalHeap, int closedStalled, long listenerEvents, List<String> problems) {

        /** Heap the stalled sessions' backlogs took, per byte queued. */
        public double heapPerQueuedByte() {
            return backlogBytes == 0 ? 0 : (double) (holdingHeap - baselineHeap) / backlogBytes;
        }

        /** The measured bound for one stalled session: the cap times the heap each queued byte takes. */
        public long boundPerStalledSession() {
            return (long) Math.ceil(SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES * Math.max(1.0, heapPerQueuedByte()));
        }

        /** A few lines for people. */
        public String render() {
            double mib = 1024.0 * 1024.0;
            return String.format(Locale.ROOT,
                    "slow consumers: %d session(s) stopped reading (writetimeout 600000 ms, backlog cap %.1f MiB)%n"
                    + "after %d events: %.1f MiB queued for them, heap after a full GC %.1f -> %.1f MiB"
                    + " (%.2f bytes of heap per byte queued)%n"
                    + "after %d events: %d of %d stalled session(s) closed for passing the cap, heap %.1f MiB;"
                    + " the reading session got %d events%s%n%s",
                    stalledSessions, SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES / mib, heldEvents, backlogBytes / mib,
                    baselineHeap / mib, holdingHeap / mib, heapPerQueuedByte(), TOTAL_EVENTS, closedStalled,
                    stalledSessions, finalHeap / mib, listenerEvents, problems.isEmpty() ? ", in order" : ": " + problems,
                    conclusion(mib));
        }

        private String conclusion(double mib) {
            if (stalledSessions > 1) {
                // the queues hold slices of the same rendered events: one stalled session is the worst case
                return "stalled sessions share the rendered events they queue; run with one for the per-session bound"
                        + System.lineSeparator();
            }
            return String.format(Locale.ROOT, "bound: a session that stops reading holds at most %.1f MiB"
                    + " of heap (cap x %.2f), plus Netty's 64 KiB high-water mark%n",
                    boundPerStalledSession() / mib, Math.max(1.0, heapPerQueuedByte()));
        }
    }

    private SlowConsumerProbe() { }

    /** Runs the probe on a fresh embedded server. */
    public static Result run(int stalledSessions) throws Exception {
        SwitchboardExtension server = SwitchboardExtension.withFiles(Map.of("manager.conf", MANAGER_CONF));
        server.start();
        List<Socket> stalled = new ArrayList<>();
        Problems problems = new Problems();
        SequenceCheck received = new SequenceCheck("Probe", "the reading session", problems);
        try (SoakClient producer = SoakUsers.admin(server.amiAddress(), m -> { });
             SoakClient listener = SoakUsers.listener(server.amiAddress(), received)) {
            for (int i = 0; i < stalledSessions; i++) {
                stalled.add(stalledSession(server));
            }
            await().atMost(PATIENCE).until(() -> stalledOutbounds(server).size() == stalledSessions);
            long baseline = MemoryProbe.heapAfterGc();

            // the kernel's socket buffers take the first megabytes; publish until the queues hold
            // more than half their cap (a batch adds about a twentieth)
            int held = 0;
            while (held < TOTAL_EVENTS && smallestBacklog(server) < SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES * 0.6) {
                int to = Math.min(TOTAL_EVENTS, held + BATCH);
                publish(producer, held, to);
                held = to;
                int sent = held;
                await().atMost(PATIENCE).until(() -> received.received() >= sent);
            }
            long holding = MemoryProbe.heapAfterGc();
            long backlog = stalledOutbounds(server).stream().mapToLong(SessionOutbound::backlogBytes).sum();

            publish(producer, held, TOTAL_EVENTS);
            await().atMost(PATIENCE).until(() -> received.received() >= TOTAL_EVENTS);
            await().atMost(PATIENCE).until(() -> stalledOutbounds(server).isEmpty());
            long after = MemoryProbe.heapAfterGc();
            return new Result(stalledSessions, held, backlog, baseline, holding, after,
                    stalledSessions - stalledOutbounds(server).size(), received.received(), problems.describe());
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
            server.stop();
        }
    }

    private static long smallestBacklog(SwitchboardExtension server) {
        return stalledOutbounds(server).stream().mapToLong(SessionOutbound::backlogBytes).min().orElse(0);
    }

    /** Logs in over a socket with a small receive buffer, then never reads again. */
    private static Socket stalledSession(SwitchboardExtension server) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(server.amiAddress(), 5000);
        s.getOutputStream().write("Action: Login\r\nUsername: stalled\r\nSecret: stalledpw\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        return s;
    }

    private static void publish(SoakClient producer, int from, int to) {
        StringBuilder b = new StringBuilder(256 * BATCH);
        for (int i = from; i < to; i++) {
            b.append("Action: UserEvent\r\nUserEvent: Probe\r\nSeq: ").append(i).append("\r\nPad: ").append(PAD)
                    .append("\r\n\r\n");
            if ((i - from + 1) % BATCH == 0 || i == to - 1) {
                producer.sendRaw(b.toString());
                b.setLength(0);
            }
        }
    }

    private static List<SessionOutbound> stalledOutbounds(SwitchboardExtension server) {
        List<SessionOutbound> out = new ArrayList<>();
        for (AmiSession s : server.server().runtime().sessions().all()) {
            if ("stalled".equals(s.username()) && s.output() instanceof SessionOutbound o) {
                out.add(o);
            }
        }
        return out;
    }
}
