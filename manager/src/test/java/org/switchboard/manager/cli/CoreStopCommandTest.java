package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** asterisk.c handle_stop_now, handle_stop_gracefully, handle_stop_when_convenient. */
class CoreStopCommandTest {
    private final CliRegistry registry = new CliRegistry();
    private final AtomicInteger stops = new AtomicInteger();

    CoreStopCommandTest() {
        CoreStopCommand.all(stops::incrementAndGet).forEach(registry::register);
    }

    @Test
    void gracefullyAndNowAskToStopAndPrintNothing() {
        assertThat(registry.execute("core stop gracefully")).isEqualTo(new CliOutcome("", true));
        assertThat(registry.execute("core stop now")).isEqualTo(new CliOutcome("", true));
        assertThat(stops).hasValue(2);
    }

    @Test
    void whenConvenientSaysItWaitsForInactivity() {
        assertThat(registry.execute("core stop when convenient"))
                .isEqualTo(new CliOutcome("Waiting for inactivity to perform halt\n", true));
        assertThat(stops).hasValue(1);
    }

    @Test
    void extraWordsShowTheUsageAndStopNothing() {
        assertThat(registry.execute("core stop gracefully please")).isEqualTo(new CliOutcome("Usage: core stop gracefully\n"
                + "       Causes Asterisk to not accept new calls, and exit when all\n"
                + "       active calls have terminated normally.\n", false));
        assertThat(stops).hasValue(0);
    }
}
