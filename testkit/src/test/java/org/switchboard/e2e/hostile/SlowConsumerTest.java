package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.session.SessionOutbound;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Slow consumers (spec 01 §2.5; manager.c send_string): a session that stops reading while
 * 100 000 UserEvents are published is disconnected for making no progress within its
 * writetimeout, without its backlog ever growing past the per-session cap; the other sessions get
 * every event, in order. The heap a stalled session costs is measured and bounded by
 * testkit/soak/SlowConsumerHeapTest (docs/hardening.md).
 */
class SlowConsumerTest extends HostileTestBase {
    private static final int EVENTS = 100_000;

    private final ListAppender<ILoggingEvent> outboundLog = new ListAppender<>();

    @Override
    SwitchboardExtension server() {
        return HostileConfig.with("");
    }

    @BeforeEach
    void watchOutboundLog() {
        outboundLog.start();
        ((Logger) LoggerFactory.getLogger(SessionOutbound.class)).addAppender(outboundLog);
    }

    @AfterEach
    void stopWatching() {
        ((Logger) LoggerFactory.getLogger(SessionOutbound.class)).detachAppender(outboundLog);
    }

    @Test
    void aStalledReaderIsDroppedPerWritetimeoutAndEveryoneElseGetsAllHundredThousandInOrder() throws Exception {
        AmiTestClient first = login("reader", "readerpw");
        AmiTestClient second = login("reader", "readerpw");
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(sb.amiAddress());
            OutputStream out = stalled.getOutputStream();
            out.write("Action: Login\r\nUsername: reader\r\nSecret: readerpw\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = stalled.getInputStream();
            assertThat(in.read(new byte[256])).isPositive();   // banner and reply; then it reads no more
            await().atMost(Duration.ofSeconds(10)).until(() -> sb.server().runtime().sessions().size() == 3);

            AtomicLong largestBacklog = new AtomicLong();
            Thread sampler = backlogSampler(stalled.getLocalPort(), largestBacklog);
            // the producer takes no events: it reads only its 100 000 replies, so it never falls
            // behind its own backlog cap on a busy machine
            AmiTestClient producer = login("admin", "admin123");
            producer.request("Action: Events", "EventMask: off", "ActionID: quiet");
            flood(producer);

            for (AmiTestClient reader : List.of(first, second)) {
                reader.awaitMessage(0, m -> Integer.toString(EVENTS - 1).equals(m.header("Seq")), Duration.ofSeconds(120));
                List<String> seqs = reader.messages().stream().filter(m -> "Flood".equals(m.header("UserEvent")))
                        .map(m -> m.header("Seq")).toList();
                assertThat(seqs).hasSize(EVENTS);
                for (int i = 0; i < EVENTS; i++) {
                    if (!seqs.get(i).equals(Integer.toString(i))) {
                        throw new AssertionError("event " + i + " arrived as Seq " + seqs.get(i));
                    }
                }
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> sb.server().runtime().sessions().all().stream()
                    .noneMatch(s -> s.remote().getPort() == stalled.getLocalPort()));
            sampler.interrupt();
            sampler.join();
            assertThat(outboundLog.list).anyMatch(e -> e.getFormattedMessage().contains("(writetimeout)"));
            assertThat(largestBacklog.get()).isLessThanOrEqualTo(SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES);
        }
    }

    @Test
    void aSlowButSteadyReaderWithinItsWritetimeoutIsKept() throws Exception {
        // patient has writetimeout = 2000: a reader that keeps taking bytes stays connected
        AmiTestClient producer = login("admin", "admin123");
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(8192);
            slow.connect(sb.amiAddress());
            slow.getOutputStream().write("Action: Login\r\nUsername: patient\r\nSecret: patientpw\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = slow.getInputStream();
            int events = 5_000;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < events; i++) {
                b.append("Action: UserEvent\r\nUserEvent: Steady\r\nSeq: ").append(i).append("\r\n\r\n");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> sb.server().runtime().sessions().size() == 2);
            producer.sendRaw(b.toString());
            // read in small pieces: far slower than the server writes, never stalled for long
            byte[] piece = new byte[512];
            StringBuilder got = new StringBuilder();
            String last = "Seq: " + (events - 1) + "\r\n";
            while (got.indexOf(last) < 0) {
                int n = in.read(piece);
                assertThat(n).as("the server kept the slow reader").isPositive();
                got.append(new String(piece, 0, n, StandardCharsets.ISO_8859_1));
            }
            assertThat(got.toString().split("UserEvent: Steady", -1)).hasSize(events + 1);
        }
    }

    private void flood(AmiTestClient producer) {
        StringBuilder b = new StringBuilder(EVENTS * 96);
        for (int i = 0; i < EVENTS; i++) {
            b.append("Action: UserEvent\r\nUserEvent: Flood\r\nSeq: ").append(i).append("\r\nPad: 0123456789abcdef\r\n\r\n");
        }
        producer.sendRaw(b.toString());
    }

    /** Watches how many bytes the server holds for the stalled session (its queue, not the socket's). */
    private Thread backlogSampler(int stalledPort, AtomicLong largest) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sb.server().runtime().sessions().all().stream()
                        .filter(s -> s.remote().getPort() == stalledPort)
                        .map(s -> ((SessionOutbound) s.output()).backlogBytes())
                        .forEach(bytes -> largest.accumulateAndGet(bytes, Math::max));
                LockSupport.parkNanos(200_000);
            }
        }, "backlog-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
