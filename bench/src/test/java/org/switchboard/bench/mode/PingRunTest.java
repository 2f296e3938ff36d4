package org.switchboard.bench.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bench.client.Target;
import org.switchboard.manager.Switchboard;

class PingRunTest {
    private static Switchboard server;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        server = Servers.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static PingRun.Settings settings(Target target, int window) {
        return new PingRun.Settings(target, window, Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofSeconds(10), Servers.ownPid());
    }

    @Test
    void everyPingIsAnsweredOnceInOrderWithWindowOne() throws Exception {
        PingRun.Result r = PingRun.run(settings(Servers.target(server), 1));
        assertThat(r.actions()).isPositive();
        assertThat(r.answered()).isEqualTo(r.sent());
        assertThat(r.errors()).isZero();
        assertThat(r.outOfOrder()).isZero();
        assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p99());
        assertThat(r.p99()).isLessThanOrEqualTo(r.p999());
        assertThat(r.p999()).isLessThanOrEqualTo(r.max());
        assertThat(r.serverCpuSeconds()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void everyPingIsAnsweredOnceInOrderWithAWindow() throws Exception {
        PingRun.Result r = PingRun.run(settings(Servers.target(server), 64));
        assertThat(r.window()).isEqualTo(64);
        assertThat(r.sent()).isGreaterThanOrEqualTo(64);
        assertThat(r.answered()).isEqualTo(r.sent());
        assertThat(r.errors()).isZero();
        assertThat(r.outOfOrder()).isZero();
        assertThat(r.actions()).isLessThanOrEqualTo(r.answered());
    }

    @Test
    void aRefusedLoginIsAnErrorNotAFigure() {
        Target wrong = new Target(Servers.target(server).address(), "bench", "wrong");
        assertThatThrownBy(() -> PingRun.run(settings(wrong, 1)))
                .isInstanceOf(BenchException.class).hasMessageContaining("Authentication failed");
    }
}
