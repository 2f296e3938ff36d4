package org.switchboard.testkit.soak;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.core.ConditionTimeoutException;

/**
 * An event flood: one session sends UserEvent actions at a steady rate, each with the next
 * sequence number, and every listener session must receive every one of them, in order (spec 01
 * §2.5: events reach each session in the order they were raised).
 */
final class EventFlood implements SoakLoad {
    private static final String NAME = "SoakFlood";

    private final InetSocketAddress server;
    private final int listenerCount;
    private final double perSecond;
    private final Problems problems;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final List<SequenceCheck> listeners = new ArrayList<>();
    private final List<SoakClient> listenerSessions = new ArrayList<>();
    private SoakClient producer;

    EventFlood(InetSocketAddress server, int listeners, double perSecond, Problems problems) {
        this.server = server;
        this.listenerCount = listeners;
        this.perSecond = perSecond;
        this.problems = problems;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public double perSecond() {
        return perSecond;
    }

    @Override
    public void open() throws IOException {
        producer = SoakUsers.admin(server, m -> {
            if ("Event Sent".equals(m.header("Message"))) {
                answered.incrementAndGet();
            }
        });
        for (int i = 0; i < listenerCount; i++) {
            SequenceCheck check = new SequenceCheck(NAME, "events: listener " + i, problems);
            listeners.add(check);
            listenerSessions.add(SoakUsers.listener(server, check));
        }
    }

    @Override
    public void finish(Duration patience) {
        long total = sent.get();
        try {
            await().atMost(patience).until(() -> answered.get() >= total
                    && listeners.stream().allMatch(l -> l.received() >= total));
        } catch (ConditionTimeoutException e) {
            StringBuilder b = new StringBuilder("events: " + total + " sent, " + answered.get() + " answered, listeners got");
            listeners.forEach(l -> b.append(' ').append(l.received()));
            problems.add(b.toString());
        }
    }

    @Override
    public long completed() {
        return listeners.stream().mapToLong(SequenceCheck::received).sum();
    }

    @Override
    public String summary() {
        return sent.get() + " UserEvents, each to " + listenerCount + " listeners (" + completed() + " delivered)";
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close();
        }
        listenerSessions.forEach(SoakClient::close);
    }

    /** UserEvents with the next sequence numbers, in one write. */
    @Override
    public void send(int count) {
        StringBuilder b = new StringBuilder(count * 64);
        for (int i = 0; i < count; i++) {
            b.append("Action: UserEvent\r\nUserEvent: ").append(NAME).append("\r\nSeq: ").append(sent.getAndIncrement())
                    .append("\r\n\r\n");
        }
        try {
            producer.sendRaw(b.toString());
        } catch (RuntimeException e) {
            problems.add("events: the producer's connection failed: " + e);
        }
    }
}
