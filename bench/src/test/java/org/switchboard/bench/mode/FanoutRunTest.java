package org.switchboard.bench.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.Switchboard;

class FanoutRunTest {
    private static Switchboard server;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        server = Servers.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static FanoutRun.Result run(int listeners, int window, int padding, long maxLag) throws Exception {
        return FanoutRun.run(new FanoutRun.Settings(Servers.target(server), listeners, window, Duration.ofMillis(200),
                Duration.ofSeconds(1), Duration.ofSeconds(10), padding, maxLag, Servers.ownPid()));
    }

    private static void assertEveryListenerGotEveryEventInOrder(FanoutRun.Result r, int listeners) {
        assertThat(r.produced()).isPositive();
        assertThat(r.errors()).isZero();
        assertThat(r.drained()).isTrue();
        assertThat(r.lost()).isZero();
        assertThat(r.gaps()).isZero();
        assertThat(r.reordered()).isZero();
        assertThat(r.delivered()).isEqualTo(r.produced() * listeners);
        assertThat(r.minListenerRate()).isLessThanOrEqualTo(r.maxListenerRate());
        assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p99());
    }

    @Test
    void oneListenerGetsEveryEventOnceAndInOrder() throws Exception {
        assertEveryListenerGotEveryEventInOrder(run(1, 50, 0, 10_000), 1);
    }

    @Test
    void manyListenersGetEveryEventOnceAndInOrder() throws Exception {
        // more listeners than the default authlimit (50) lets log in at once: connecting is paced
        assertEveryListenerGotEveryEventInOrder(run(60, 20, 100, 10_000), 60);
    }

    @Test
    void theLagBoundHoldsTheProducerBackWithoutLosingEvents() throws Exception {
        FanoutRun.Result r = run(3, 200, 0, 50);
        assertEveryListenerGotEveryEventInOrder(r, 3);
    }
}
