package org.switchboard.bench.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.Switchboard;

class SessionsRunTest {

    @Test
    void opensLogsInAndPingsEverySession(@TempDir Path dir) throws Exception {
        try (Switchboard server = Servers.start(dir)) {
            SessionsRun.Result r = SessionsRun.run(new SessionsRun.Settings(Servers.target(server), 150, 32,
                    Duration.ofMillis(300), Duration.ofSeconds(30), Servers.ownPid()));
            assertThat(r.up()).isEqualTo(150);
            assertThat(r.refused()).isZero();
            assertThat(r.dropped()).isZero();
            assertThat(r.loginsPerSecond()).isPositive();
            assertThat(r.allUpMillis()).isGreaterThanOrEqualTo(r.settleMillis());
            assertThat(r.rssBefore()).isPositive();
            assertThat(r.rssAfter()).isPositive();
            assertThat(r.serverCpuLogin()).isGreaterThanOrEqualTo(0);
            assertThat(r.serverCpuHold()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void retriesTheConnectionsAnAuthlimitRefuses(@TempDir Path dir) throws Exception {
        String conf = """
                [general]
                enabled = yes
                bindaddr = 127.0.0.1
                authlimit = 4
                [bench]
                secret = bench
                read = all
                write = all
                """;
        try (Switchboard server = Servers.start(dir, conf)) {
            SessionsRun.Result r = SessionsRun.run(new SessionsRun.Settings(Servers.target(server), 40, 12,
                    Duration.ZERO, Duration.ofSeconds(30), 0));
            assertThat(r.up()).isEqualTo(40);
            assertThat(r.refused()).isPositive();
            assertThat(r.connecting()).isLessThan(12);
            assertThat(r.dropped()).isZero();
            assertThat(r.rssPerSession()).isEqualTo(-1);
        }
    }
}
