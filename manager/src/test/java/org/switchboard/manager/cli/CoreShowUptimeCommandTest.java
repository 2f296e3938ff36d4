package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expectations from cli.c handle_showuptime. */
class CoreShowUptimeCommandTest {
    private static final Instant STARTED = Instant.parse("2025-01-01T00:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(STARTED.plusSeconds(3661));
    private final AtomicReference<Instant> lastReload = new AtomicReference<>(STARTED);
    private final CliRegistry registry = new CliRegistry();

    @BeforeEach
    void register() {
        registry.register(new CoreShowUptimeCommand(now::get, () -> STARTED, lastReload::get));
    }

    @Test
    void printsUptimeAndLastReloadInWords() {
        lastReload.set(STARTED.plusSeconds(3600));

        assertThat(registry.execute("core show uptime")).isEqualTo(new CliOutcome(
                "System uptime: 1 hour, 1 minute, 1 second\nLast reload: 1 minute, 1 second\n", true));
    }

    @Test
    void printsWholeSecondsWithTheSecondsWord() {
        now.set(STARTED.plusMillis(3661_999));

        assertThat(registry.execute("core show uptime SECONDS")).isEqualTo(new CliOutcome(
                "System uptime: 3661\nLast reload: 3661\n", true));
    }

    @Test
    void leavesOutAnUnknownReload() {
        lastReload.set(null);

        assertThat(registry.execute("core show uptime").output()).isEqualTo("System uptime: 1 hour, 1 minute, 1 second\n");
    }

    @Test
    void leavesOutATimeInTheFuture() {
        lastReload.set(now.get().plusSeconds(5));

        assertThat(registry.execute("core show uptime seconds").output()).isEqualTo("System uptime: 3661\n");
    }

    @Test
    void otherArgumentsShowTheUsage() {
        CliOutcome outcome = registry.execute("core show uptime minutes");

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.output()).isEqualTo("Usage: core show uptime [seconds]\n"
                + "       Shows Asterisk uptime information.\n"
                + "       The seconds word returns the uptime in seconds only.\n");
        assertThat(registry.execute("core show uptime seconds extra").success()).isFalse();
    }
}
