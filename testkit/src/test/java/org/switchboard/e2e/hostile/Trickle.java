package org.switchboard.e2e.hostile;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.switchboard.protocol.Latin1;
import org.switchboard.testkit.AmiTestClient;

/**
 * Sends text one byte at a time at a fixed pace, as a slowloris client does, from a timer thread
 * (the test waits on the result with Awaitility). Completes when every byte went out, or early
 * when the server closed the connection.
 */
final class Trickle implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slowloris");
        t.setDaemon(true);
        return t;
    });

    /** Starts sending {@code text} to {@code client}, one byte every {@code pace}. */
    CompletableFuture<Boolean> send(AmiTestClient client, String text, Duration pace) {
        byte[] bytes = Latin1.encode(text);
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        ScheduledFuture<?> task = timer.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (client.isClosed()) {
                done.complete(false);
            } else if (i >= bytes.length) {
                done.complete(true);
            } else {
                try {
                    client.sendRaw(new byte[] {bytes[i]});
                } catch (UncheckedIOException closed) {
                    done.complete(false);
                }
            }
        }, 0, pace.toMillis(), TimeUnit.MILLISECONDS);
        done.whenComplete((all, e) -> task.cancel(false));
        return done;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
